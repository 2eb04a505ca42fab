# Runs one POP3 session with Python's poplib, as a mail client would, and prints a JSON report.
# argv[1]: JSON {host, port, mode: stls|ssl|plain, user, password, sasl?: true (AUTH PLAIN),
#               ops: [["stat"], ["list"], ["uidl"], ["retr", n, file], ["top", n, lines],
#                     ["dele", n], ["rset"], ["noop"], ["quit"], ["drop"]]}
# retr writes the message bytes as the client rebuilds them (lines joined with CRLF) to file
# and reports their size and SHA-256. "drop" closes the socket without QUIT.
import base64, hashlib, json, poplib, ssl, sys

job = json.loads(sys.argv[1])
context = ssl._create_unverified_context()  # the server's certificate is self-signed
report = {"ops": []}


def text(value):
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def run(client, op):
    name = op[0]
    if name == "stat":
        return list(client.stat())
    if name in ("list", "uidl"):
        return [text(line) for line in getattr(client, name)()[1]]
    if name == "retr":
        lines = client.retr(op[1])[1]
        data = b"\r\n".join(lines) + b"\r\n"
        with open(op[2], "wb") as out:
            out.write(data)
        return {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    if name == "top":
        return [text(line) for line in client.top(op[1], op[2])[1]]
    if name == "drop":
        client.sock.close()
        return "dropped"
    return text(getattr(client, name if name != "quit" else "quit")(*op[1:]))


try:
    if job["mode"] == "ssl":
        client = poplib.POP3_SSL(job["host"], job["port"], context=context, timeout=60)
    else:
        client = poplib.POP3(job["host"], job["port"], timeout=60)
    report["welcome"] = text(client.getwelcome())
    if job["mode"] == "stls":
        report["capaBeforeTls"] = sorted(client.capa().keys())
        client.stls(context=context)
    report["tls"] = client.sock.version() if hasattr(client.sock, "version") else None
    report["capa"] = sorted(client.capa().keys())
    if job.get("sasl"):
        token = base64.b64encode(("\0" + job["user"] + "\0" + job["password"]).encode()).decode()
        report["login"] = text(client._shortcmd("AUTH PLAIN " + token))
    else:
        client.user(job["user"])
        report["login"] = text(client.pass_(job["password"]))
    for op in job["ops"]:
        report["ops"].append(run(client, op))
except poplib.error_proto as e:
    report["error"] = text(e.args[0])
print(json.dumps(report, ensure_ascii=False))
