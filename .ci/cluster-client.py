#!/usr/bin/env python3
"""Does what a browser does in two of Limber's Vaadin views, for .ci/cluster: signs in with the login form, opens a
view (Vaadin's init request), then uploads a video (the upload component's own target address) or renames the site
(Vaadin's UIDL protocol: the "Site name" field's value, then a click on "Save settings"). Every request goes through
the address given (the load balancer), with one cookie jar, as one browser would.

Usage:
  cluster-client.py upload BASE NODE EMAIL PASSWORD FILE        prints "node=<a|b> status=<http status>"
  cluster-client.py rename-site BASE NODE EMAIL PASSWORD NAME   prints "node=<a|b> saved_at=<epoch seconds the click was sent>"
  cluster-client.py shows BASE NODE ROUTE TAG                   prints "node=<a|b>" if the view, opened without
                                                                signing in, has an element <TAG>; fails otherwise
NODE (a or b) is the node to start on (the limber_node cookie nginx routes on).
Exits non-zero with a message on stderr when a step does not answer as expected.
"""
import http.cookiejar
import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


def fail(message):
    print(f"cluster-client: {message}", file=sys.stderr)
    sys.exit(1)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class Browser:
    def __init__(self, base, node):
        self.base = base.rstrip("/")
        self.jar = http.cookiejar.CookieJar()
        # Start on the given node, as a browser that nginx already pinned there (docker/nginx/limber-sticky.conf).
        host = urllib.parse.urlsplit(self.base).hostname
        self.jar.set_cookie(http.cookiejar.Cookie(0, "limber_node", node, None, False, host, False, False, "/", True,
                                                  False, None, False, None, None, {}))
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)
        self.last_node = ""

    def request(self, path, data=None, headers=None, method=None):
        req = urllib.request.Request(self.base + path, data=data, headers=headers or {}, method=method)
        try:
            with self.opener.open(req, timeout=60) as response:
                self.last_node = response.headers.get("X-Limber-Node", "")
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            self.last_node = error.headers.get("X-Limber-Node", "")
            return error.code, error.headers, error.read()

    def sign_in(self, email, password):
        self.request("/login")
        form = urllib.parse.urlencode({"username": email, "password": password}).encode()
        status, headers, _ = self.request("/login", form, {"Content-Type": "application/x-www-form-urlencoded"})
        location = headers.get("Location", "")
        if status != 302 or "error" in location:
            fail(f"sign-in as {email} answered {status} -> {location}")

    def open_view(self, location):
        """Vaadin's init request (the UI id, the CSRF token), then the navigation to the route, as Vaadin's client
        does; the view's elements arrive in the navigation's answer."""
        status, _, body = self.request(f"/?v-r=init&location={urllib.parse.quote(location, safe='')}&query=")
        if status != 200 or not body.lstrip().startswith(b"{"):
            fail(f"init request for /{location} answered {status}: {body[:200]!r}")
        config = json.loads(body)["appConfig"]
        view = View(self, config["v-uiId"], config["uidl"])
        view.send([{"type": "event", "node": 1, "event": "ui-navigate",
                    "data": {"route": location, "query": "", "appShellTitle": "", "historyState": {"idx": 0},
                             "trigger": ""}}])
        return view


class View:
    def __init__(self, browser, ui_id, uidl):
        self.browser = browser
        self.ui_id = ui_id
        self.uidl = uidl
        self.csrf = uidl["Vaadin-Security-Key"]
        self.sync_id = uidl.get("syncId", 0)
        self.client_id = 0
        self.received = [uidl]

    def changes(self):
        return [change for message in self.received for change in message.get("changes", [])]

    def node_with(self, key, value):
        for change in self.changes():
            if change.get("key") == key and change.get("value") == value:
                return change["node"]
        fail(f"no element with {key}={value!r} in the view")

    def parent_of(self, child):
        for change in self.changes():
            if child in change.get("addNodes", []):
                return change["node"]
        fail(f"node {child} has no parent in the view")

    def address_containing(self, fragment):
        found = []

        def walk(value):
            if isinstance(value, str) and fragment in value:
                found.append(value)
            elif isinstance(value, dict):
                for item in value.values():
                    walk(item)
            elif isinstance(value, list):
                for item in value:
                    walk(item)

        walk(self.received)
        if not found:
            fail(f"no address containing {fragment!r} in the view")
        return found[0]

    def send(self, rpc):
        message = {"csrfToken": self.csrf, "rpc": rpc, "syncId": self.sync_id, "clientId": self.client_id}
        status, _, body = self.browser.request(f"/?v-r=uidl&v-uiId={self.ui_id}", json.dumps(message).encode(),
                                               {"Content-Type": "application/json; charset=UTF-8"})
        text = body.decode("utf-8", "replace")
        if status != 200:
            fail(f"UIDL request answered {status}: {text[:300]}")
        reply = json.loads(text[text.index("{"):text.rindex("}") + 1])
        self.received.append(reply)
        self.sync_id = reply.get("syncId", self.sync_id)
        self.client_id += 1
        return text


CLICK = {"event.detail": 1, "event.screenX": 0, "event.screenY": 0, "event.clientX": 0, "event.clientY": 0,
         "event.button": 0, "event.ctrlKey": False, "event.shiftKey": False, "event.altKey": False,
         "event.metaKey": False}


def upload(base, node, email, password, file_name):
    browser = Browser(base, node)
    browser.sign_in(email, password)
    view = browser.open_view("studio/videos")
    target = view.address_containing("VAADIN/dynamic/resource")
    with open(file_name, "rb") as f:
        content = f.read()
    status, _, body = browser.request("/" + target.lstrip("/"), content,
                                      {"Content-Type": "video/mp4", "X-Filename": file_name.rsplit("/", 1)[-1]})
    if status != 200:
        fail(f"upload answered {status}: {body[:300]!r}")
    print(f"node={browser.last_node} status={status}")


def rename_site(base, node, email, password, name):
    browser = Browser(base, node)
    browser.sign_in(email, password)
    view = browser.open_view("admin/settings")
    field = view.node_with("label", "Site name")
    save = view.parent_of(view.node_with("text", "Save settings"))
    view.send([{"type": "mSync", "node": field, "feature": 1, "property": "value", "value": name}])
    # Taken before the click is sent, so the time until another node shows the change is never understated.
    saved_at = time.time()
    reply = view.send([{"type": "event", "node": save, "event": "click", "data": CLICK}])
    if "Settings saved" not in reply:
        fail(f"saving the settings did not succeed: {reply[:400]}")
    print(f"node={browser.last_node} saved_at={saved_at:.3f}")


def shows(base, node, route, tag):
    browser = Browser(base, node)
    view = browser.open_view(route)
    view.node_with("tag", tag)
    print(f"node={browser.last_node}")


if __name__ == "__main__":
    commands = {"upload": (upload, 5), "rename-site": (rename_site, 5), "shows": (shows, 4)}
    if len(sys.argv) < 2 or sys.argv[1] not in commands or len(sys.argv) != 2 + commands[sys.argv[1]][1]:
        fail(__doc__)
    command, count = commands[sys.argv[1]]
    command(*sys.argv[2:])
