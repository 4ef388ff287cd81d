"""A local SMTP server for tests: accepts mail on an ephemeral loopback port and writes each
message to OUT/<n>.eml (envelope in OUT/<n>.env). Prints "port N" once listening; exits when
its standard input closes, so it never outlives the test that started it.

usage: sink.py OUT plain|starttls|smtps [CERT KEY] [USER PASSWORD]
"""
import asyncio
import os
import ssl
import sys
import threading

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

out, mode = sys.argv[1], sys.argv[2]
cert, key = (sys.argv[3], sys.argv[4]) if mode != "plain" else (None, None)
rest = sys.argv[5:] if mode != "plain" else sys.argv[3:]
user, password = (rest[0], rest[1]) if len(rest) == 2 else (None, None)


class Handler:
    async def handle_DATA(self, server, session, envelope):
        n = len([f for f in os.listdir(out) if f.endswith(".eml")])
        with open(os.path.join(out, "%d.env" % n), "w") as f:
            f.write("from %s\nto %s\ntls %s\nauth %s\n" % (
                envelope.mail_from, ",".join(envelope.rcpt_tos),
                session.ssl is not None or mode == "smtps", session.authenticated))
        with open(os.path.join(out, "%d.eml.tmp" % n), "wb") as f:
            f.write(envelope.original_content)
        os.rename(os.path.join(out, "%d.eml.tmp" % n), os.path.join(out, "%d.eml" % n))
        return "250 2.0.0 Ok: queued as test-%d" % n


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = (isinstance(auth_data, LoginPassword) and auth_data.login == user.encode()
          and auth_data.password == password.encode())
    return AuthResult(success=ok, handled=False)


def context():
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    return ctx


async def main():
    tls = context() if cert else None
    loop = asyncio.get_running_loop()

    def protocol():
        return SMTP(Handler(), hostname="localhost",
                    tls_context=tls if mode == "starttls" else None,
                    require_starttls=mode == "starttls",
                    authenticator=authenticator if user else None,
                    auth_required=user is not None,
                    auth_require_tls=mode == "starttls")

    server = await loop.create_server(protocol, host="127.0.0.1", port=0,
                                      ssl=tls if mode == "smtps" else None)
    print("port", server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


threading.Thread(target=lambda: (sys.stdin.read(), os._exit(0)), daemon=True).start()
asyncio.run(main())
