# Floods stdout while being imported, and would be correct otherwise.
while True:
    print("flood " * 100)


def add(a, b):
    return a + b
