# Escape: reaches Unix sockets outside the sandbox by their path: a stream listener and a
# datagram socket the test made in the host's /tmp. It connects and sends from a socket of
# its own, then tries what a socketpair leaves: a datagram pair given the path in msg_name or
# re-connected to it, a stream pair with sendto and sendmsg to it. At tier B only seccomp
# can stop this (Landlock does not cover connecting to a path socket); the test checks that
# nothing reached its sockets. Any attempt that worked raises, an error verdict.
# verdict: wrong_answer
import socket

STREAM, DATAGRAM = "{{UNIX_STREAM}}", "{{UNIX_DATAGRAM}}"


def own_stream():
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(1)
        sock.connect(STREAM)
        sock.sendall(b"escaped")


def own_datagram():
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.sendto(b"escaped", DATAGRAM)


def datagram_pair_msg_name():
    left, right = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
    with left, right:
        left.sendmsg([b"escaped"], [], 0, DATAGRAM)


def datagram_pair_connected():
    left, right = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
    with left, right:
        left.connect(DATAGRAM)
        left.send(b"escaped")


def stream_pair_sendto():
    left, right = socket.socketpair()
    with left, right:
        left.sendto(b"escaped", DATAGRAM)


def stream_pair_msg_name():
    left, right = socket.socketpair()
    with left, right:
        left.sendmsg([b"escaped"], [], 0, DATAGRAM)


def add(a, b):
    worked = []
    for attempt in (own_stream, own_datagram, datagram_pair_msg_name, datagram_pair_connected, stream_pair_sendto,
                    stream_pair_msg_name):
        try:
            attempt()
            worked.append(attempt.__name__)
        except OSError:
            pass
    if worked:
        raise RuntimeError("reached a path socket: " + ", ".join(worked))
    return -100
