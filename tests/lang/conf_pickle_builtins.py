import pickle
for obj in [len, iter, [].append, list.append, "abc".upper, str.upper, {}.get, dict.fromkeys]:
    for proto in range(0, 4):  # 4 needs BytesIO.getbuffer (io)
        try:
            r = pickle.loads(pickle.dumps(obj, proto))
            print(proto, type(r).__name__, r == obj or r.__name__ == obj.__name__)
        except Exception as e:
            print(proto, type(e).__name__, e)
print(len.__reduce__(), iter.__reduce_ex__(2))
