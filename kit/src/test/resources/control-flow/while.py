def count():
    k = 0
    while k < 10:
        k = k + 1
        try:
            if k == 2:
                continue
            if k == 4:
                break
        finally:
            record("finally", k)
    return k

record("k", count())
