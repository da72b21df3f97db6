-- POST the body in $BODY with the cookie in $COOKIE (wrk -s post.lua URL)
wrk.method = "POST"
wrk.body = os.getenv("BODY") or ""
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Requested-With"] = "XMLHttpRequest"
wrk.headers["Cookie"] = os.getenv("COOKIE") or ""
