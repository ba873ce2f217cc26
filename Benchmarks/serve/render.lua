-- wrk: every request renders the German damaged-item reply (the body is built by serve-load.sh).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = assert(io.open(os.getenv("REPLYKIT_LOAD_BODY"), "r"))
wrk.body = file:read("*a")
file:close()
