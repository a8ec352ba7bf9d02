# Forgery: exits with status 0 while being imported, before any test ran.
# status: import_error|crashed
import os

os._exit(0)
