# requires: pyasn1 rsa ecdsa
# pyasn1 + rsa + ecdsa: DER encoding and deterministic signatures with fixed keys.
from pyasn1.type import univ, namedtype, char, tag
from pyasn1.codec.der import encoder, decoder
import rsa
import ecdsa
import hashlib

class Record(univ.Sequence):
    componentType = namedtype.NamedTypes(
        namedtype.NamedType("id", univ.Integer()),
        namedtype.NamedType("name", char.UTF8String()),
        namedtype.OptionalNamedType("flags", univ.BitString()),
        namedtype.NamedType("oid", univ.ObjectIdentifier()),
        namedtype.NamedType("items", univ.SequenceOf(componentType=univ.OctetString())),
    )
r = Record()
r["id"] = 123456789012345678901234567890
r["name"] = "héllo"
r["flags"] = univ.BitString("'1011'B")
r["oid"] = univ.ObjectIdentifier("1.2.840.113549.1.1.1")
r["items"].extend([b"ab", b"\x00\xff"])
der = encoder.encode(r)
print(der.hex())
back, rest = decoder.decode(der, asn1Spec=Record())
print(int(back["id"]), str(back["name"]), back["flags"].asBinary(), back["oid"], [bytes(x) for x in back["items"]], rest)
print(back.prettyPrint())
print(encoder.encode(univ.Integer(-129)).hex(), encoder.encode(univ.Boolean(True)).hex(), encoder.encode(univ.Null()).hex(), encoder.encode(univ.Real(1.5)).hex())
print(decoder.decode(bytes.fromhex("020300ff00"))[0], encoder.encode(univ.Integer(5).subtype(implicitTag=tag.Tag(tag.tagClassContext, tag.tagFormatSimple, 3))).hex())

# a fixed small RSA key (do not use in practice)
p, q = 1290070078170102666248196035845070394933441741644993085810116441344597492642264007, 192448176927753792547429509674553270117046659064950639670012217016224874137974189
n = p * q
e = 65537
d = rsa.common.inverse(e, (p - 1) * (q - 1))
pub = rsa.PublicKey(n, e)
priv = rsa.PrivateKey(n, e, d, p, q)
msg = b"attack at dawn"
sig = rsa.sign(msg, priv, "SHA-1")
print(n.bit_length(), sig.hex())
print(rsa.verify(msg, sig, pub))
try:
    rsa.verify(b"attack at dusk", sig, pub)
except rsa.VerificationError as ex:
    print("VerificationError", ex)
print(pub.save_pkcs1("PEM").decode())
print(rsa.PublicKey.load_pkcs1(pub.save_pkcs1("DER"), "DER") == pub, rsa.transform.int2bytes(65537).hex(), rsa.core.encrypt_int(42, e, n) % 1000)

sk = ecdsa.SigningKey.from_secret_exponent(123456789, curve=ecdsa.NIST256p, hashfunc=hashlib.sha256)
vk = sk.get_verifying_key()
print(vk.to_string("compressed").hex())
sig = sk.sign_deterministic(b"message", hashfunc=hashlib.sha256)
print(sig.hex(), vk.verify(sig, b"message"))
try:
    vk.verify(sig, b"messagf")
except ecdsa.BadSignatureError:
    print("BadSignatureError")
print(sk.to_pem().decode().splitlines()[1][:40], ecdsa.SECP256k1.name, ecdsa.SigningKey.from_secret_exponent(7, curve=ecdsa.SECP256k1).get_verifying_key().to_string().hex()[:32])
