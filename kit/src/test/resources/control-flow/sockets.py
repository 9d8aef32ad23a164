async def main():
    pair = socketpair()
    a = pair[0]
    b = pair[1]
    try:
        a.recv(10)
    except OSError as e:
        record("nothing yet", e)
    record("sent", b.send(b"hi"))
    got = await loop.sock_recv(a, 10)
    record("received", got)
    record("a Socket", a)
    a.close()
    b.close()
    try:
        a.send(b"x")
    except OSError as e:
        record("closed", e)

loop.run_until_complete(main())
