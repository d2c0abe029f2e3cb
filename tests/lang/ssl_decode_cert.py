# Certificates as getpeercert() shows them: _test_decode_cert on the
# test suite's certificates (names, SANs of every kind, AIA, CRL points).
import ssl
import pprint

D = "/usr/lib/python3.11/test/"
for name in ("keycert.pem", "keycert3.pem", "pycacert.pem", "allsans.pem", "idnsans.pem",
             "nokia.pem", "nullbytecert.pem", "talos-2019-0758.pem", "keycertecc.pem"):
    try:
        cert = ssl._ssl._test_decode_cert(D + name)
    except Exception as e:
        print(name, type(e).__name__, e)
        continue
    print("==", name)
    pprint.pprint(cert)

for bad in (D + "nonexistent.pem", D + "badcert.pem", D + "nullcert.pem"):
    try:
        ssl._ssl._test_decode_cert(bad)
    except Exception as e:
        print(type(e).__name__, e)

# DER <-> PEM helpers of ssl.py over the same data
pem = open(D + "keycert3.pem").read()
start = pem.index("-----BEGIN CERTIFICATE-----")
der = ssl.PEM_cert_to_DER_cert(pem[start:])
print(len(der), ssl.DER_cert_to_PEM_cert(der) == pem[start:pem.index("-----END CERTIFICATE-----") + 26])
