import does_not_exist_anywhere

def add(a, b):
    return a + b
