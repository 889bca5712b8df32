#!/usr/bin/env python3
"""A minimal SMTP server for the fault drill (bench/faults/README.md): accepts every message and appends one JSON
line per message (Message-ID, recipients, decoded subject) to a file. Standard library only."""
import email
import email.header
import json
import socketserver
import sys
import threading

LOCK = threading.Lock()


def decoded(value):
    return str(email.header.make_header(email.header.decode_header(value or "")))


class Session(socketserver.StreamRequestHandler):
    def reply(self, text):
        self.wfile.write((text + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        self.reply("220 drill-sink ESMTP")
        recipients = []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode("utf-8", "replace").strip()
            verb = command[:4].upper()
            if verb in ("HELO", "EHLO"):
                self.reply("250-drill-sink\r\n250 8BITMIME" if verb == "EHLO" else "250 drill-sink")
            elif verb == "MAIL":
                recipients = []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command.split(":", 1)[1].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End with <CRLF>.<CRLF>")
                data = []
                while True:
                    chunk = self.rfile.readline()
                    if not chunk or chunk in (b".\r\n", b".\n"):
                        break
                    data.append(chunk[1:] if chunk.startswith(b"..") else chunk)
                message = email.message_from_bytes(b"".join(data))
                record = {"message_id": message.get("Message-ID"), "to": recipients,
                          "subject": decoded(message.get("Subject"))}
                with LOCK, open(sys.argv[2], "a", encoding="utf-8") as out:
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                self.reply("250 OK queued")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("250 OK")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


if __name__ == "__main__":
    Server(("127.0.0.1", int(sys.argv[1])), Session).serve_forever()
