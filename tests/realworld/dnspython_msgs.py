# requires: dns
# dnspython: build, serialize and parse DNS messages and zones offline.
import random
import dns.message, dns.name, dns.rdatatype, dns.rdataclass, dns.rrset, dns.zone, dns.rdata, dns.reversename, dns.flags, dns.ipv4, dns.ipv6

n = dns.name.from_text("www.Example.COM.")
print(n, n.to_text(omit_final_dot=True), n.labels, n.parent(), n.is_subdomain(dns.name.from_text("example.com.")))
print(n.relativize(dns.name.from_text("example.com.")), n.canonicalize(), n.to_wire().hex(), len(n), n == dns.name.from_text("WWW.example.com."))
q = dns.message.make_query("example.com.", dns.rdatatype.A, id=4242)
q.flags |= dns.flags.AD
wire = q.to_wire()
print(wire.hex())
q2 = dns.message.from_wire(wire)
print(q2.id, dns.flags.to_text(q2.flags), q2.question)
r = dns.message.make_response(q2)
r.answer.append(dns.rrset.from_text("example.com.", 300, "IN", "A", "93.184.216.34", "93.184.216.35"))
r.answer.append(dns.rrset.from_text("example.com.", 60, "IN", "MX", "10 mail.example.com."))
random.seed(7)  # rdatasets are shuffled when rendered
w = r.to_wire()
r2 = dns.message.from_wire(w)
print(r2.to_text())
for rr in r2.answer:
    for rd in rr:
        print(dns.rdatatype.to_text(rd.rdtype), rd.to_text(), rr.ttl)
zone_text = """$ORIGIN example.org.
$TTL 3600
@ IN SOA ns1 admin 2023010101 7200 900 1209600 86400
@ IN NS ns1
ns1 IN A 192.0.2.1
www IN CNAME @
@ IN TXT "hello world" "second string"
_sip._tcp IN SRV 10 60 5060 sip
sip IN AAAA 2001:db8::1
"""
z = dns.zone.from_text(zone_text, relativize=True)
for name in sorted(z.nodes.keys()):
    print(name, z[name].to_text(name).replace("\n", " | "))
print(z.get_rdataset("@", "SOA")[0].serial, sorted(str(k) for k in z.keys()))
print(dns.reversename.from_address("192.0.2.5"), dns.reversename.from_address("2001:db8::1"), dns.reversename.to_address(dns.name.from_text("5.2.0.192.in-addr.arpa.")))
print(dns.ipv4.inet_aton("10.1.2.3").hex(), dns.ipv6.inet_ntoa(dns.ipv6.inet_aton("2001:db8:0:0:1::1")))
print(dns.rdatatype.from_text("AAAA"), dns.rdataclass.to_text(1), dns.rdata.from_text("IN", "TXT", '"a b" c').strings)
try:
    dns.name.from_text("a" * 64 + ".com")
except Exception as e:
    print(type(e).__name__, e)
