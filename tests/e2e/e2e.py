#!/usr/bin/env python3
"""The whole life of the app, as a person runs it.

Starts the real `signalbox` binary as its own process on its own Xvfb display with a window
manager (openbox) and, with --tray, a system tray host (trayer), with HOME and the XDG folders
in a temporary folder, and drives it from outside with xdotool: keys and window names only,
as a person at the keyboard would. It goes through the first start without a store, creating
an account, a second account (seeded with signalbox-cli), a new conversation, sending,
editing, the edit history, replies both ways, signing out, signing in as the other account,
deleting that account and quitting; and it leaves the app every way there is (File > Quit,
Ctrl+Q, the window manager's close, the tray menu's Quit, SIGTERM) and checks each time that
the process exits with 0. What the app wrote is checked with signalbox-cli.

Screenshots of the main steps go to --shots (import -window root).

    e2e.py --app build/src/app/signalbox --cli build/src/cli/signalbox-cli [--tray]
           [--shots DIR] [--displays 60-69]

Exit status: 0 when every step passed, 1 on the first failure (which says what and where,
with a screenshot and the app's output), 77 when a needed program is missing.
"""

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

WAIT = float(os.environ.get("SIGNALBOX_E2E_WAIT", "40"))  # seconds for any one thing
PASSWORDS = {"alice": "alice-password-1", "bob": "bob-password-1"}


class Failure(Exception):
    pass


def log(text):
    print(f"[e2e {time.strftime('%H:%M:%S')}] {text}", flush=True)


class Desktop:
    """Xvfb on the first free display of a range, openbox, and optionally trayer."""

    def __init__(self, displays, tray, workdir):
        self.displays = displays
        self.tray = tray
        self.workdir = workdir
        self.processes = []
        self.display = None

    def env(self):
        """The environment of every X client here: our display, and a home of our own, so
        that nothing is read from or raced over in the real one (~/.Xauthority, openbox's
        ~/.config and ~/.cache, which two desktops starting at once would create together)."""
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("DBUS_", "WAYLAND", "XDG_", "XAUTHORITY"))}
        home = os.path.join(self.workdir, "x-home")
        env.update({"HOME": home, "XAUTHORITY": os.path.join(home, ".Xauthority"),
                    "XDG_CONFIG_HOME": os.path.join(home, "config"),
                    "XDG_CACHE_HOME": os.path.join(home, "cache"),
                    "XDG_DATA_HOME": os.path.join(home, "data"),
                    "XDG_RUNTIME_DIR": os.path.join(home, "runtime")})
        if self.display:
            env["DISPLAY"] = self.display
        return env

    def _spawn(self, argv, name):
        out = open(os.path.join(self.workdir, f"{name}.log"), "ab")
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, env=self.env(),
                                start_new_session=True)
        self.processes.append(proc)
        return proc

    def quiet(self, argv):
        return subprocess.run(argv, env=self.env(), stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)

    @staticmethod
    def in_use(number):
        """Whether display :number is taken, by anyone: a live lock file here, or the X
        socket in the abstract namespace, which X clients try first and which servers of
        other file-system namespaces on this machine share with us."""
        try:
            with open("/proc/net/unix", encoding="latin-1") as sockets:
                if f"@/tmp/.X11-unix/X{number}\n" in sockets.read():
                    return True
        except OSError:
            pass
        try:
            with open(f"/tmp/.X{number}-lock") as lock:
                os.kill(int(lock.read().strip()), 0)
                return True
        except (OSError, ValueError):
            return False  # no lock, or a stale one that Xvfb replaces

    def _owned(self, number, server):
        try:
            with open(f"/tmp/.X{number}-lock") as lock:
                return int(lock.read().strip()) == server.pid
        except (OSError, ValueError):
            return False

    def _try(self, number):
        """Xvfb and openbox on :number; False (everything stopped again) when it fails."""
        self.display = f":{number}"
        server = self._spawn(["Xvfb", self.display, "-screen", "0", "1280x800x24",
                              "-nolisten", "tcp"], f"xvfb{number}")
        deadline = time.time() + WAIT
        ready = False
        while time.time() < deadline and server.poll() is None:
            if self._owned(number, server) and self.quiet(["xdpyinfo"]).returncode == 0:
                ready = True
                break
            time.sleep(0.1)
        for attempt in range(2 if ready else 0):
            manager = self._spawn(["openbox", "--sm-disable"], f"openbox{number}")
            deadline = time.time() + WAIT
            while time.time() < deadline and manager.poll() is None and server.poll() is None:
                if "window id" in self.quiet(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"]).stdout:
                    return True
                time.sleep(0.15)
            with open(os.path.join(self.workdir, f"openbox{number}.log"), errors="replace") as out:
                why = out.read().strip().splitlines()[-1:] or ["no output"]
            log(f"openbox did not start on :{number} (exit {manager.poll()}: {why[0]})")
            if manager.poll() is None:
                manager.kill()
            self.processes.remove(manager)
        if not ready:
            log(f"Xvfb did not start on :{number} (exit {server.poll()})")
        self.stop()
        self.display = None
        return False

    def start(self):
        for number in self.displays:
            if not self.in_use(number) and self._try(number):
                break
        if not self.display:
            raise Failure(f"no free X display in :{self.displays[0]}..:{self.displays[-1]}")
        log(f"display {self.display}")
        if self.tray:
            self._spawn(["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
                         "--height", "24", "--SetDockType", "true"], "trayer")
            until(lambda: self.quiet(["xdotool", "search", "--classname", "trayer"]).stdout.strip(),
                  "trayer's window")
            time.sleep(1)  # trayer claims the tray selection after mapping its window

    def stop(self):
        for proc in reversed(self.processes):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        # A server that had to be killed leaves its lock and socket: ours go too.
        if self.display:
            number = self.display[1:]
            for proc in self.processes:
                if proc.args[:2] == ["Xvfb", self.display]:
                    try:
                        with open(f"/tmp/.X{number}-lock") as lock:
                            mine = int(lock.read().strip()) == proc.pid
                    except (OSError, ValueError):
                        mine = False
                    if mine:
                        for path in (f"/tmp/.X{number}-lock", f"/tmp/.X11-unix/X{number}"):
                            try:
                                os.remove(path)
                            except OSError:
                                pass
        self.processes.clear()


def until(condition, what, timeout=WAIT):
    deadline = time.time() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.time() > deadline:
            raise Failure(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.15)


class Session:
    """One run of the app plus the tools to drive it and to check its store."""

    def __init__(self, args, desktop, home):
        self.args = args
        self.desktop = desktop
        self.home = home
        self.store = os.path.join(home, "data", "signalbox", "signalbox.sqlite3")
        self.app = None
        self.app_log = None
        self.runs = 0
        self.shot_number = 0

    # -- environment -------------------------------------------------------------------------
    def env(self):
        env = self.desktop.env()
        env.update({
            "HOME": self.home,
            "XDG_DATA_HOME": os.path.join(self.home, "data"),
            "XDG_CONFIG_HOME": os.path.join(self.home, "config"),
            "XDG_CACHE_HOME": os.path.join(self.home, "cache"),
            "XDG_RUNTIME_DIR": os.path.join(self.home, "runtime"),
            "QT_QPA_PLATFORM": "xcb",
            "LC_ALL": "C.UTF-8",
            "LANGUAGE": "en",
        })
        for variable in ("SIGNALBOX_DB", "SIGNALBOX_USER", "SIGNALBOX_PASSWORD"):
            env.pop(variable, None)
        return env

    # -- the app -------------------------------------------------------------------------------
    def start(self, *arguments):
        if self.app and self.app.poll() is None:
            raise Failure("the previous run is still going")
        self.runs += 1
        self.app_log = os.path.join(self.home, f"app-run{self.runs}.log")
        log(f"run {self.runs}: signalbox {' '.join(arguments)}")
        self.app = subprocess.Popen([self.args.app, *arguments], env=self.env(),
                                    stdout=open(self.app_log, "wb"), stderr=subprocess.STDOUT)

    def expect_exit(self, how, code=0, timeout=WAIT):
        try:
            status = self.app.wait(timeout)
        except subprocess.TimeoutExpired:
            raise Failure(f"signalbox still runs {timeout:.0f} s after {how}")
        if status != code:
            raise Failure(f"signalbox exited with {status} after {how}, not {code}")
        log(f"exit {status} after {how}: ok")

    def output(self):
        try:
            with open(self.app_log, encoding="utf-8", errors="replace") as text:
                return text.read()
        except (OSError, TypeError):
            return ""

    def kill(self):
        if self.app and self.app.poll() is None:
            self.app.kill()
            self.app.wait()

    # -- X ----------------------------------------------------------------------------------------
    def xdotool(self, *arguments, check=True):
        done = subprocess.run(["xdotool", *arguments], env=self.env(), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
        if check and done.returncode != 0:
            raise Failure(f"xdotool {' '.join(arguments)}: {done.stderr.strip()}")
        return done.stdout

    def windows(self, pattern):
        """Visible windows of the app whose name matches pattern (a regular expression)."""
        if not self.app or self.app.poll() is not None:
            return []
        found = self.xdotool("search", "--all", "--onlyvisible", "--pid", str(self.app.pid),
                             "--name", pattern, check=False)
        return [w for w in found.split() if w]

    def window_name(self, window):
        """The window's title (_NET_WM_NAME) exactly as the window manager shows it."""
        done = subprocess.run(["xprop", "-id", window, "_NET_WM_NAME"], env=self.env(),
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        text = done.stdout.decode("utf-8", errors="replace")
        match = re.search(r'= "(.*)"', text)
        if not match:
            return ""
        # xprop may write bytes outside ASCII as octal escapes.
        raw = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), match.group(1))
        try:
            return raw.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return raw

    def wait_window(self, pattern, what=None):
        def find():
            if self.app.poll() is not None:
                raise Failure(f"signalbox exited ({self.app.returncode}) while waiting for "
                              f"{what or pattern}")
            return self.windows(pattern)
        window = until(find, f"the window {what or pattern}")[0]
        self.activate(window)
        return window

    def wait_gone(self, pattern, what=None):
        until(lambda: not self.windows(pattern), f"{what or pattern} to close")

    def activate(self, window):
        self.xdotool("windowactivate", "--sync", window, check=False)
        until(lambda: self.xdotool("getactivewindow", check=False).strip() == window,
              f"window {window} to have the focus", timeout=10)
        time.sleep(0.2)

    def key(self, *keys):
        self.xdotool("key", "--clearmodifiers", "--delay", "60", *keys)
        time.sleep(0.15)

    def type(self, text):
        self.xdotool("type", "--delay", "25", "--", text)
        time.sleep(0.1)

    def shot(self, name):
        if not self.args.shots or not self.desktop.display:
            return
        self.shot_number += 1
        path = os.path.join(self.args.shots, f"{self.shot_number:02d}-{name}.png")
        subprocess.run(["import", "-window", "root", path], env=self.env(),
                       stderr=subprocess.DEVNULL)

    # -- the store, through signalbox-cli ------------------------------------------------------
    def cli(self, *arguments, password=None, check=True):
        env = self.env()
        if password:
            env["SIGNALBOX_PASSWORD"] = password
        done = subprocess.run([self.args.cli, "--db", self.store, "--json", *arguments],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if check and done.returncode != 0:
            raise Failure(f"signalbox-cli {' '.join(arguments)} failed ({done.returncode}): "
                          f"{done.stderr.strip()}")
        try:
            return json.loads(done.stdout) if done.stdout.strip() else None
        except json.JSONDecodeError:
            return done.stdout

    def conversation(self, viewer, peer):
        return self.cli("conversation", "--as", viewer, "--with", peer,
                        password=PASSWORDS[viewer])

    def users(self):
        return sorted(u["username"] for u in self.cli("user", "list"))

    # -- steps people take -----------------------------------------------------------------------
    def sign_in(self, name, prefilled=False):
        self.wait_window("^Sign in to Signalbox$", "the sign-in dialog")
        if not prefilled:
            # The password field has the focus when a username is remembered.
            self.key("shift+Tab", "ctrl+a")
            self.type(name)
            self.key("Tab")
        self.type(PASSWORDS[name])
        self.key("Return")
        window = self.wait_window(f"^Signalbox .+ {name}$", f"the main window of {name}")
        title = self.window_name(window)
        if title != f"Signalbox \u2014 {name}":
            raise Failure(f"the main window is called {title!r}, not 'Signalbox \u2014 {name}'")
        return window


def check(condition, what):
    if not condition:
        raise Failure(what)
    log(f"ok: {what}")


def find_tray_icon(session):
    """The app's tray icon: its small window embedded in trayer."""
    def icon():
        found = session.xdotool("search", "--all", "--pid", str(session.app.pid),
                                "--onlyvisible", "--classname", ".*", check=False).split()
        for window in dict.fromkeys(found):
            geometry = session.xdotool("getwindowgeometry", "--shell", window, check=False)
            values = dict(line.split("=", 1) for line in geometry.split() if "=" in line)
            width, height = int(values.get("WIDTH", 0)), int(values.get("HEIGHT", 0))
            if 8 <= width <= 64 and 8 <= height <= 64 and int(values.get("Y", 999)) < 40:
                return window
        return None
    return until(icon, "the tray icon")


def scenario(session, tray):
    # 1. First start: no store, no settings. The sign-in dialog says which store it opens.
    check(not os.path.exists(session.store), "no store before the first start")
    session.start()
    session.wait_window("^Sign in to Signalbox$", "the sign-in dialog")
    until(lambda: os.path.exists(session.store), "the default store to be created")
    session.shot("first-start")

    # Create the first account: username, password, then the mode button (two Tabs on in
    # sign-in mode, where the repeat field is hidden: the tab order is username, password,
    # repeat, submit, mode, quit), back to the repeat field, Return.
    session.type("alice")
    session.key("Tab")
    session.type(PASSWORDS["alice"])
    session.key("Tab", "Tab", "space")
    session.wait_window("^Create a Signalbox account$", "the create-account form")
    session.key("shift+Tab", "shift+Tab")
    session.type(PASSWORDS["alice"])
    session.shot("create-account")
    session.key("Return")
    alice_window = session.wait_window("^Signalbox .+ alice$", "alice's main window")
    title = session.window_name(alice_window)
    check(title == "Signalbox \u2014 alice",
          f"the main window names the app once: {title!r}")
    check(session.users() == ["alice"], "alice's account is in the store")

    # The second account, seeded from the command line while the app runs.
    session.cli("user", "add", "bob", password=PASSWORDS["bob"])

    # New conversation with bob, a message of two lines.
    session.key("ctrl+n")
    session.wait_window("^New conversation$", "the new-conversation dialog")
    session.type("bob")
    session.key("Return")
    session.wait_gone("^New conversation$")
    session.activate(alice_window)
    session.type("Hello Bob")
    session.key("Return")
    session.type("second line, https://example.org")
    session.key("ctrl+Return")
    sent = until(lambda: session.conversation("alice", "bob"), "alice's first message")[0]
    check(sent["content"] == "Hello Bob\nsecond line, https://example.org",
          "the message is stored as typed, line break included")
    session.shot("sent")

    # Edit it (the sent message is selected), then look at its history.
    session.key("ctrl+e")
    session.key("ctrl+a")
    session.type("Hello Bob, edited")
    session.key("ctrl+Return")
    until(lambda: session.conversation("alice", "bob")[0]["content"] == "Hello Bob, edited",
          "the edit to reach the store")
    history = session.cli("history", "--as", "alice", str(sent["id"]),
                          password=PASSWORDS["alice"])
    check(any(h.get("old_content") == sent["content"] for h in history),
          "the edit kept the old text in the history")
    session.key("ctrl+h")
    session.wait_window("^Edit history$", "the edit history")
    session.shot("history")
    session.key("Escape")
    session.wait_gone("^Edit history$")
    session.activate(alice_window)

    # bob replies from the command line; alice sees it live, opens it from Unread (Ctrl+2,
    # Return) and replies to it (Ctrl+R).
    reply = session.cli("send", "--as", "bob", "--to", "alice", "--reply-to", str(sent["id"]),
                        "Hi Alice,\n\nthis is bob's reply.", password=PASSWORDS["bob"])
    until(lambda: session.cli("unread", "--as", "alice", password=PASSWORDS["alice"]),
          "bob's reply to be unread for alice")
    time.sleep(1)  # the window hears of another process's commit within a quarter second
    session.shot("reply-arrived")
    session.key("ctrl+2")
    session.key("Home", "Return")
    until(lambda: not session.cli("unread", "--as", "alice", password=PASSWORDS["alice"]),
          "bob's reply to be read once alice opened it")
    session.key("ctrl+r")
    session.type("Thanks, Bob")
    session.key("ctrl+Return")
    messages = until(lambda: [m for m in session.conversation("alice", "bob")
                              if m["content"] == "Thanks, Bob"], "alice's reply")
    check(messages[0]["parent_message"] == reply["id"], "alice's reply answers bob's message")
    session.shot("replied")

    # Sign out (Ctrl+Shift+L) and sign in as bob.
    session.key("ctrl+shift+l")
    session.wait_window("^Sign in to Signalbox$", "the sign-in dialog after signing out")
    check(session.app.poll() is None, "signing out keeps the app running")
    session.shot("signed-out")
    session.sign_in("bob")
    session.shot("bob")
    check([m["content"] for m in session.conversation("bob", "alice")]
          == ["Hello Bob, edited", "Hi Alice,\n\nthis is bob's reply.", "Thanks, Bob"],
          "bob sees the whole conversation, edit and replies included")

    # Leave with Ctrl+Q.
    session.key("ctrl+q")
    session.expect_exit("Ctrl+Q")

    # 2. File > Quit, from the menu.
    session.start()
    session.sign_in("bob", prefilled=True)
    session.key("alt+f")
    time.sleep(0.5)
    session.shot("file-menu")
    session.key("q")
    session.expect_exit("File > Quit")

    # 3. The window manager's close (the title bar's close button: Alt+F4 in openbox).
    session.start()
    window = session.sign_in("bob", prefilled=True)
    session.key("alt+F4")
    if tray:
        # With a tray the window may stay in the tray: then the tray menu quits for real.
        try:
            session.app.wait(5)
        except subprocess.TimeoutExpired:
            log("the window went to the tray; quitting from the tray menu")
            icon = find_tray_icon(session)
            session.xdotool("mousemove", "--window", icon, "5", "5", "click", "3")
            time.sleep(0.7)
            session.key("q")
    session.expect_exit("closing the window")

    # 4. The tray: a right-click while a bubble is up opens the menu and nothing else; the
    #    menu's Quit quits.
    if tray:
        session.start()
        session.sign_in("bob", prefilled=True)
        icon = find_tray_icon(session)
        bubble = session.cli("send", "--as", "alice", "--to", "bob", "A bubble for bob",
                             password=PASSWORDS["alice"])
        time.sleep(1.5)
        session.shot("tray-bubble")
        session.xdotool("mousemove", "--window", icon, "5", "5", "click", "3")
        time.sleep(0.8)
        session.shot("tray-menu")
        session.key("Escape")
        time.sleep(0.5)
        unread = session.cli("unread", "--as", "bob", password=PASSWORDS["bob"])
        check(any(m["id"] == bubble["id"] for m in unread),
              "a right-click on the tray icon did not open (and read) the bubble's message")
        session.xdotool("mousemove", "--window", icon, "5", "5", "click", "3")
        time.sleep(0.8)
        session.key("q")
        session.expect_exit("the tray menu's Quit")

    # 5. SIGTERM, in the main window and at the sign-in dialog.
    session.start()
    session.sign_in("bob", prefilled=True)
    session.app.send_signal(signal.SIGTERM)
    session.expect_exit("SIGTERM in the main window")
    session.start()
    session.wait_window("^Sign in to Signalbox$", "the sign-in dialog")
    session.app.send_signal(signal.SIGTERM)
    session.expect_exit("SIGTERM at the sign-in dialog")

    # 6. bob deletes his account: Return with a wrong password keeps the dialog open, with the
    #    right one the account goes and the sign-in dialog says so; its Quit button quits.
    session.start()
    session.sign_in("bob", prefilled=True)
    session.key("alt+f")
    time.sleep(0.4)
    session.key("d")
    session.wait_window("^Delete account$", "the delete-account dialog")
    session.type("not-the-password")
    session.key("Return")
    time.sleep(1.0)
    check(session.windows("^Delete account$"), "Return with a wrong password keeps the dialog")
    check("bob" in session.users(), "a wrong password deletes nothing")
    session.shot("delete-wrong-password")
    session.key("ctrl+a")
    session.type(PASSWORDS["bob"])
    session.key("Return")
    session.wait_window("^Sign in to Signalbox$", "the sign-in dialog after the deletion")
    session.shot("account-deleted")
    check(session.users() == ["alice"], "bob's account is gone, alice's is there")
    check(session.cli("conversations", "--as", "alice", password=PASSWORDS["alice"]) == [],
          "alice's conversation with bob went with his account")
    session.key("alt+q")
    session.expect_exit("the sign-in dialog's Quit")

    # 7. --db naming a store in folders that do not exist: the app asks first. Quit leaves
    #    nothing behind; Create makes the store and the sign-in dialog names it.
    elsewhere = os.path.join(session.home, "new", "folder", "store.sqlite3")
    session.start("--db", elsewhere)
    session.wait_window("^Create a new store\\?$", "the question about a new store")
    session.shot("new-store-question")
    session.key("Escape")
    session.expect_exit("declining a new store")
    check(not os.path.exists(os.path.dirname(elsewhere)), "declining created no folder")
    session.start("--db", elsewhere)
    session.wait_window("^Create a new store\\?$", "the question about a new store")
    session.key("Return")
    session.wait_window("^Sign in to Signalbox$", "the sign-in dialog of the new store")
    check(os.path.exists(elsewhere), "the new store was created where asked")
    session.shot("new-store-sign-in")
    session.app.send_signal(signal.SIGTERM)
    session.expect_exit("SIGTERM at the new store's sign-in dialog")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--tray", action="store_true", help="run a tray host (trayer)")
    parser.add_argument("--shots", help="folder for screenshots of the main steps")
    parser.add_argument("--displays", default="60-69", help="X display numbers to try")
    args = parser.parse_args()

    missing = [tool for tool in ("Xvfb", "openbox", "xdotool", "xprop", "xdpyinfo", "import")
               + (("trayer",) if args.tray else ()) if not shutil.which(tool)]
    if missing:
        print(f"e2e: skipped, missing: {', '.join(missing)} (scripts/install-deps.sh)")
        return 77
    first, _, last = args.displays.partition("-")
    displays = list(range(int(first), int(last or first) + 1))
    if args.shots:
        shutil.rmtree(args.shots, ignore_errors=True)
        os.makedirs(args.shots)

    work = tempfile.mkdtemp(prefix="signalbox-e2e-")
    for home in (os.path.join(work, "home"), os.path.join(work, "x-home")):
        for sub in ("data", "config", "cache", "runtime"):
            os.makedirs(os.path.join(home, sub))
        os.chmod(os.path.join(home, "runtime"), 0o700)
    home = os.path.join(work, "home")
    desktop = Desktop(displays, args.tray, work)
    session = Session(args, desktop, home)
    started = time.time()
    try:
        desktop.start()
        scenario(session, args.tray)
        log(f"passed in {time.time() - started:.0f} s ({'with' if args.tray else 'without'} "
            f"a tray host)")
        return 0
    except Failure as failure:
        session.shot("FAILURE")
        print(f"e2e FAILED: {failure}", file=sys.stderr)
        for window in session.windows(".*"):
            print(f"  window {window}: {session.window_name(window)!r}", file=sys.stderr)
        print("--- signalbox's output ---", file=sys.stderr)
        print(session.output(), file=sys.stderr)
        for name in sorted(os.listdir(work)):
            if name.endswith(".log"):
                with open(os.path.join(work, name), errors="replace") as text:
                    print(f"--- {name} ---\n{text.read()[-2000:]}", file=sys.stderr)
        return 1
    finally:
        session.kill()
        desktop.stop()
        if os.environ.get("SIGNALBOX_E2E_KEEP"):
            print(f"e2e: kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
