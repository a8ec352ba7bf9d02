# Reports, at import, a syntax error whose line and column are the largest int: a caret
# line built as column - 1 spaces would take gigabytes.
import os

record = ("{'kind': 'import_failed', 'status': 'syntax_error', 'type': 'SyntaxError', 'message': 'forged', "
          "'line': 2147483647, 'column': 2147483647, 'text': 'x = 1'}")
data = record.encode()
os.write(4, len(data).to_bytes(4, "little") + data)
os._exit(0)
