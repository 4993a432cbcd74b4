#!/usr/bin/env python3
"""A minimal SMTP server for .ci/cluster: accepts every message and appends one line per delivered message to a
file ("<recipient>\t<subject>"), so the script can count how often each email arrived. Plain SMTP only (no TLS, no
AUTH); never use it for anything but tests on 127.0.0.1.

Usage: smtp-sink.py PORT LOG_FILE
"""
import socketserver
import sys
import threading

lock = threading.Lock()


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode("ascii"))
        self.wfile.flush()

    def handle(self):
        self.reply("220 limber-cluster-sink ESMTP")
        recipients = []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            command = raw.decode("utf-8", "replace").strip()
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250-sink" if verb == "EHLO" else "250 sink")
                if verb == "EHLO":
                    self.reply("250 8BITMIME")
            elif verb == "MAIL":
                recipients = []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command.split(":", 1)[1].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End with <CRLF>.<CRLF>")
                subject = ""
                while True:
                    line = self.rfile.readline()
                    if not line or line in (b".\r\n", b".\n"):
                        break
                    text = line.decode("utf-8", "replace")
                    if not subject and text.lower().startswith("subject:"):
                        subject = text.split(":", 1)[1].strip()
                with lock, open(sys.argv[2], "a", encoding="utf-8") as out:
                    for recipient in recipients:
                        out.write(f"{recipient}\t{subject}\n")
                self.reply("250 OK queued")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            elif verb in ("RSET", "NOOP"):
                recipients = [] if verb == "RSET" else recipients
                self.reply("250 OK")
            else:
                self.reply("502 Command not implemented")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


if __name__ == "__main__":
    open(sys.argv[2], "a").close()
    with Server(("127.0.0.1", int(sys.argv[1])), Session) as server:
        server.serve_forever()
