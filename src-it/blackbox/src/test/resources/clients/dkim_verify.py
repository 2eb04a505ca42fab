# Verifies the DKIM signature of the message on stdin with dkimpy, a second implementation.
# argv[1]: the record name (selector._domainkey.domain), argv[2]: its TXT value as published.
import sys
import dkim

name, txt = sys.argv[1], sys.argv[2]

def dns(qname, timeout=5):
    q = qname.decode() if isinstance(qname, bytes) else qname
    return txt.encode() if q.rstrip(".").lower() == name.rstrip(".").lower() else None

message = sys.stdin.buffer.read()
print("DKIM pass" if dkim.verify(message, dnsfunc=dns) else "DKIM fail")
