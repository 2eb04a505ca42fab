# Drives one or more IMAP sessions with Python's imaplib, as a mail client would, and prints one
# JSON line per step: {"i", "op", "typ", "data", "untagged", "ms"}. Literal data (BODY[], RFC822)
# is printed as base64 so that a test can compare it byte for byte.
# argv[1]: JSON {host, port, mode: ssl|starttls|plain,
#               sessions: {name: [user, password]},   logged in at start, in order
#               steps: [[session, op, arg...]]}
#   op is an imaplib method name (called with the args; a "literal" op sets the next command's
#   literal), or "idle": [session, "idle", smtp_port, from, to, message] waits in IDLE while the
#   message is delivered over SMTP and reports the milliseconds until "* n EXISTS".
import base64, imaplib, json, smtplib, ssl, sys, threading, time

job = json.loads(sys.argv[1])
context = ssl._create_unverified_context()  # the server's certificate is self-signed


def connect(user, password):
    if job["mode"] == "ssl":
        client = imaplib.IMAP4_SSL(job["host"], job["port"], ssl_context=context)
    else:
        client = imaplib.IMAP4(job["host"], job["port"])
        if job["mode"] == "starttls":
            client.starttls(ssl_context=context)
    client.login(user, password)
    return client


def printable(value):
    if isinstance(value, tuple):
        return {"head": value[0].decode("utf-8", "replace"),
                "b64": base64.b64encode(value[1]).decode("ascii")}
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", "replace")
    if isinstance(value, list):
        return [printable(v) for v in value]
    return value


def untagged(client):
    seen = {k: printable(v) for k, v in client.untagged_responses.items()
            if k in ("EXISTS", "EXPUNGE", "FETCH", "VANISHED", "RECENT", "COPYUID", "APPENDUID",
                     "UIDVALIDITY", "HIGHESTMODSEQ", "MODIFIED", "NONEXISTENT")}
    client.untagged_responses.clear()
    return seen


def idle(client, smtp_port, sender, recipient, message):
    tag = client._new_tag().decode()
    client.send((tag + " IDLE\r\n").encode())
    if not client.readline().startswith(b"+"):
        return "NO", ["no continuation"], None
    delivered = {}

    def deliver():
        smtp = smtplib.SMTP(job["host"], smtp_port, timeout=30)
        smtp.sendmail(sender, [recipient], message.encode("utf-8"))
        delivered["at"] = time.monotonic()
        smtp.quit()

    threading.Thread(target=deliver).start()
    client.sock.settimeout(20)
    lines = []
    while True:
        line = client.readline()
        lines.append(line.decode("utf-8", "replace").strip())
        if b"EXISTS" in line or not line:
            break
    seen_at = time.monotonic()
    time.sleep(0.05)
    client.send(b"DONE\r\n")
    while True:
        line = client.readline()
        if line.startswith(tag.encode()) or not line:
            lines.append(line.decode("utf-8", "replace").strip())
            break
    while "at" not in delivered and time.monotonic() - seen_at < 30:
        time.sleep(0.01)
    return "OK", lines, round((seen_at - delivered.get("at", seen_at)) * 1000)


sessions = {}
for name, (user, password) in job["sessions"].items():
    try:
        sessions[name] = connect(user, password)
        print(json.dumps({"op": "login", "session": name, "typ": "OK"}), flush=True)
    except imaplib.IMAP4.error as e:
        print(json.dumps({"op": "login", "session": name, "typ": "NO", "data": str(e)}), flush=True)

for i, (name, op, *args) in enumerate(job["steps"]):
    client = sessions[name]
    start = time.monotonic()
    ms = None
    try:
        if op == "literal":
            client.literal = args[0].encode("utf-8")
            typ, data = "OK", []
        elif op == "idle":
            typ, data, ms = idle(client, *args)
        elif op == "append":
            typ, data = client.append(args[0], args[1], None, args[2].encode("utf-8"))
        else:
            typ, data = getattr(client, op)(*args)
    except imaplib.IMAP4.error as e:
        typ, data = "ERROR", [str(e)]
    line = {"i": i, "session": name, "op": op, "typ": typ, "data": printable(data),
            "untagged": untagged(client),
            "ms": ms if ms is not None else round((time.monotonic() - start) * 1000)}
    print(json.dumps(line, ensure_ascii=False), flush=True)

for client in sessions.values():
    try:
        client.logout()
    except Exception:
        pass
