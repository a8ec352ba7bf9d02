# Escape: overwrites and deletes a file outside its sandbox, creates files next to it, in
# the host's /tmp and in its own submission's folder.
# verdict: wrong_answer
import os


def add(a, b):
    for action in (lambda: open("{{CANARY}}", "w").write("overwritten"),
                   lambda: os.remove("{{CANARY}}"),
                   lambda: os.rename("{{CANARY}}", "{{CANARY}}.moved"),
                   lambda: open("{{OUTSIDE}}/agx-planted", "w").write("planted"),
                   lambda: open("/tmp/agx-planted", "w").write("planted"),
                   lambda: os.chmod("{{OUTSIDE}}", 0o700)):
        try:
            action()
        except OSError:
            pass
    return a - b
