#!/usr/bin/env python3
"""Opens N connections to URL at once, one GET on each, then closes them all: fills the server's caches of
connection buffers and request processors before P2's baseline, so that its figures count sessions, not the
connections a browser happened to keep open.  connections.py URL N"""
import socket
import sys
import urllib.parse

url, n = urllib.parse.urlsplit(sys.argv[1]), int(sys.argv[2])
request = f"GET {url.path or '/'} HTTP/1.1\r\nHost: {url.netloc}\r\n\r\n".encode()
sockets = [socket.create_connection((url.hostname, url.port), timeout=60) for _ in range(n)]
for s in sockets:
    s.sendall(request)
for s in sockets:
    if not s.recv(65536).startswith(b"HTTP/1.1 200"):
        sys.exit(f"{url.geturl()} did not answer 200")
for s in sockets:
    s.close()
