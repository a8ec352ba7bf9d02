# Escape: connects to a loopback listener the test opened, over IPv4 and IPv6, sends a UDP
# datagram to another (Landlock's network rules cover TCP only), and makes a raw, packet
# and netlink socket (network namespace; seccomp allows no Internet, raw, packet or netlink
# socket). Any attempt that worked raises, an error verdict.
# verdict: wrong_answer
import socket

PORT, UDP_PORT = {{PORT}}, {{UDP_PORT}}


def connect(family, host):
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.settimeout(1)
        sock.connect((host, PORT))
        sock.sendall(b"escaped")


def send_udp():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.sendto(b"escaped", ("127.0.0.1", UDP_PORT))


def add(a, b):
    worked = []
    for name, attempt in (("tcp4", lambda: connect(socket.AF_INET, "127.0.0.1")),
                          ("tcp6", lambda: connect(socket.AF_INET6, "::1")),
                          ("udp", send_udp),
                          ("raw", lambda: socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)),
                          ("packet", lambda: socket.socket(socket.AF_PACKET, socket.SOCK_RAW)),
                          ("netlink", lambda: socket.socket(socket.AF_NETLINK, socket.SOCK_RAW))):
        try:
            attempt()
            worked.append(name)
        except OSError:
            pass
    if worked:
        raise RuntimeError("reached the network: " + ", ".join(worked))
    return -1000
