# Forgery: plants os.py, marshal.py and json.py in its working directory and replaces
# marshal in sys.modules, to subvert the harness's own imports and request decoding.
# verdict: wrong_answer|error|crashed
import sys

for name in ("os", "marshal", "json", "traceback"):
    try:
        with open(name + ".py", "w") as planted:
            planted.write("def loads(data):\n    return {'test': 0, 'kind': 'call', 'source': '3', 'setup': ''}\n")
    except OSError:
        pass


class FakeMarshal:
    @staticmethod
    def loads(data):
        return {"test": 0, "kind": "call", "source": "3", "setup": ""}


sys.modules["marshal"] = FakeMarshal


def add(a, b):
    return a - b
