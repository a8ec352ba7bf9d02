# Escape: connects to a loopback listener the test opened, over IPv4, IPv6 and a raw,
# packet and netlink socket (network namespace; seccomp allows AF_UNIX only).
# verdict: wrong_answer
import socket

PORT = {{PORT}}


def attempt(make):
    try:
        make()
        return 1
    except OSError:
        return 0


def connect(family, host):
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.settimeout(1)
        sock.connect((host, PORT))
        sock.sendall(b"escaped")


def add(a, b):
    made = attempt(lambda: connect(socket.AF_INET, "127.0.0.1"))
    made += attempt(lambda: connect(socket.AF_INET6, "::1"))
    made += attempt(lambda: socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP))
    made += attempt(lambda: socket.socket(socket.AF_PACKET, socket.SOCK_RAW))
    made += attempt(lambda: socket.socket(socket.AF_NETLINK, socket.SOCK_RAW))
    return -1000 - made
