# Logs in over submission (STARTTLS, then AUTH PLAIN) with Python's smtplib once per attempt, each on a
# new connection from the given local address, and prints one line per attempt:
# "OK" or "REPLY <code> <text>".
# argv[1]: JSON {host, port, source (local IP to connect from), attempts: [[user, secret], ...]}
import json, smtplib, ssl, sys

job = json.loads(sys.argv[1])
context = ssl._create_unverified_context()  # the server's certificate is self-signed
for user, secret in job["attempts"]:
    client = smtplib.SMTP(job["host"], job["port"], timeout=30,
                          source_address=(job["source"], 0))
    try:
        client.ehlo("client.test")
        client.starttls(context=context)
        client.ehlo("client.test")
        # One AUTH PLAIN per attempt, as Thunderbird or Outlook send; smtplib's login() would
        # retry with AUTH LOGIN after a failure, which the server rightly logs as a second attempt.
        client.user, client.password = user, secret
        client.auth("PLAIN", client.auth_plain)
        print("OK", flush=True)
    except smtplib.SMTPResponseException as e:
        print("REPLY", e.smtp_code, e.smtp_error.decode("utf-8", "replace"), flush=True)
    finally:
        try:
            client.quit()
        except smtplib.SMTPException:
            client.close()
