# Sends one message with Python's smtplib, as a mail client would, and prints every reply.
# argv[1]: JSON {host, port, mode: starttls|ssl|plain, user?, password?, from, to: [...],
#               message (text, sent as UTF-8 bytes), smtputf8?}
import json, smtplib, ssl, sys

job = json.loads(sys.argv[1])
context = ssl._create_unverified_context()  # the server's certificate is self-signed
try:
    if job["mode"] == "ssl":
        client = smtplib.SMTP_SSL(job["host"], job["port"], context=context, timeout=30)
    else:
        client = smtplib.SMTP(job["host"], job["port"], timeout=30)
    client.ehlo("client.test")
    if job["mode"] == "starttls":
        client.starttls(context=context)
        client.ehlo("client.test")
    if client.sock is not None and hasattr(client.sock, "version"):
        print("TLS", client.sock.version())
    if job.get("user"):
        client.login(job["user"], job["password"])
        print("AUTH ok")
    options = ["SMTPUTF8"] if job.get("smtputf8") else []
    data = client.data
    def data_printing_reply(msg):  # sendmail drops the reply that says "queued as <id>"
        code, text = data(msg)
        print("DATA", code, text.decode("utf-8", "replace"))
        return code, text
    client.data = data_printing_reply
    refused = client.sendmail(job["from"], job["to"], job["message"].encode("utf-8"), options)
    print("SENT", json.dumps(refused))
    client.quit()
except smtplib.SMTPResponseException as e:
    print("REPLY", e.smtp_code, e.smtp_error.decode("utf-8", "replace"))
    sys.exit(2)
except smtplib.SMTPRecipientsRefused as e:
    for rcpt, (code, text) in e.recipients.items():
        print("REFUSED", rcpt, code, text.decode("utf-8", "replace"))
    sys.exit(3)
