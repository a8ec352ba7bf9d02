# Reports, at import, a syntax error on a line of 6000 characters with the column in its
# middle: the report shows a window of the line around the column, and the caret in it.
import os

text = "a" * 3000 + "MARK" + "b" * 3000
record = ("{'kind': 'import_failed', 'status': 'syntax_error', 'type': 'SyntaxError', 'message': 'forged', "
          "'line': 1, 'column': 3001, 'text': %r}" % text)
data = record.encode()
os.write(4, len(data).to_bytes(4, "little") + data)
os._exit(0)
