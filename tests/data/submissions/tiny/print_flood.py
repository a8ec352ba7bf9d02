def add(a, b):
    while True:
        print("flood " * 100)
