# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""A few real Syncthing instances on 127.0.0.1 sharing one folder, configured by editing each
config.xml before the first start and driven only through the REST API with the X-API-Key header.

Nothing here talks to any address other than 127.0.0.1: listeners, GUI/REST and peer addresses are
loopback; discovery, relays, NAT traversal, crash and usage reporting and upgrades are off; and
audit_sockets() checks the sockets the processes really hold.

Syncthing 1.19's `serve --no-restart` still runs a monitor process that starts the real Syncthing as
its child in a process group of its own, and that child outlives a killed monitor. So each instance
tracks both processes (pid and start time, so a reused pid is never signalled) and stop() ends both:
REST shutdown first, then SIGTERM and SIGKILL to each process group that remains."""

import ctypes
import hashlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

LOOPBACK = "127.0.0.1"
FOLDER_ID = "trustwork-sync"
# Written explicitly: a folder added to config.xml without it loads with 0, and Syncthing then drops
# the losing side of a concurrent edit without keeping a conflict copy.
MAX_CONFLICTS = 10
CONFLICT_MARK = ".sync-conflict-"

# Proxies from the environment must not turn a loopback request into one to a proxy.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_LIBC = ctypes.CDLL(None, use_errno=True)
_PR_SET_PDEATHSIG = 1


class HarnessError(Exception):
    """A Syncthing instance did not start, answer, connect or converge in time."""


def _die_with_parent():
    # Runs in the child between fork and exec: if the test runner dies, the monitor goes too (its
    # child is tracked and stopped by stop(); ctest kills descendants before the runner on timeout).
    _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def _proc_stat(pid):
    """(ppid, pgid, start time, state) of a live process, or None (gone, or a zombie)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            text = fh.read()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2:].split()
    if fields[0] in ("Z", "X"):
        return None
    return int(fields[1]), int(fields[2]), int(fields[19]), fields[0]


def _descendants(pid):
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            stat = _proc_stat(int(entry))
            if stat:
                children.setdefault(stat[0], []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def syncthing_version(syncthing, root):
    out = subprocess.run([syncthing, "--version"], env=child_env(os.path.join(root, "home")),
                         capture_output=True, text=True, timeout=60)
    return (out.stdout or out.stderr).strip()


def free_ports(count):
    """Ports the kernel hands out for 127.0.0.1, all held until every one is chosen so they differ."""
    held = []
    try:
        for _ in range(count):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind((LOOPBACK, 0))
            held.append(s)
        return [s.getsockname()[1] for s in held]
    finally:
        for s in held:
            s.close()


def child_env(home):
    """The environment of every program the harness starts: a private HOME, no proxies, no
    Syncthing overrides from the caller's environment, upgrades and restarts off."""
    env = {k: v for k, v in os.environ.items()
           if not k.lower().endswith("_proxy") and not k.startswith("ST")}
    env.update(HOME=home, STNOUPGRADE="1", STNORESTART="1", STNODEFAULTFOLDER="1", LC_ALL="C.UTF-8")
    return env


def folder_tree(path):
    """relative path -> sha256 (or 'dir') of what a sync tool carries; Syncthing's own marker folder
    and its in-flight temporary files are left out (they are never carried)."""
    tree = {}
    for dirpath, dirnames, filenames in os.walk(path):
        rel_dir = os.path.relpath(dirpath, path)
        if rel_dir == ".":
            dirnames[:] = [d for d in dirnames if d not in (".stfolder", ".stversions")]
        for d in dirnames:
            tree[os.path.normpath(os.path.join(rel_dir, d)) + "/"] = "dir"
        for f in filenames:
            if is_syncthing_temp(f):
                continue
            with open(os.path.join(dirpath, f), "rb") as fh:
                tree[os.path.normpath(os.path.join(rel_dir, f))] = hashlib.sha256(fh.read()).hexdigest()
    return tree


def is_syncthing_temp(name):
    return (name.startswith(".syncthing.") or name.startswith("~syncthing~")) and name.endswith(".tmp")


def files_matching(path, predicate):
    found = []
    for dirpath, _, filenames in os.walk(path):
        found += [os.path.join(dirpath, f) for f in filenames if predicate(f)]
    return sorted(found)


class Instance:
    """One Syncthing home, its shared folder and, once started, its process."""

    def __init__(self, name, root, syncthing):
        self.name = name
        self.syncthing = syncthing
        self.home = os.path.join(root, "syncthing", name)
        self.folder = os.path.join(root, "folders", name)
        self.log_path = os.path.join(root, "syncthing", name + ".log")
        self.trace_path = os.path.join(root, "syncthing", name + ".trace")
        self.env = child_env(os.path.join(root, "home"))
        self.api_key = secrets.token_hex(16)
        self.device_id = None
        self.listen_port = None
        self.gui_port = None
        self.process = None
        self.exit_code = None
        self.tracked = {}  # pid -> start time of the monitor and of the Syncthing it runs

    # --- set-up -----------------------------------------------------------------------------
    def generate(self):
        os.makedirs(os.path.dirname(self.home), exist_ok=True)
        out = subprocess.run([self.syncthing, "generate", "--home=" + self.home, "--no-default-folder",
                              "--skip-port-probing"], env=self.env, capture_output=True, text=True, timeout=120)
        if out.returncode != 0:
            raise HarnessError(f"syncthing generate for {self.name} failed ({out.returncode}): {out.stderr}")
        root = ET.parse(self.config_path()).getroot()
        self.device_id = root.find("device").get("id")
        printed = re.search(r"Device ID:\s*(\S+)", out.stdout + out.stderr)
        if printed and printed.group(1) != self.device_id:
            raise HarnessError(f"{self.name}: generate printed {printed.group(1)}, config has {self.device_id}")

    def config_path(self):
        return os.path.join(self.home, "config.xml")

    def write_config(self, peers):
        """Rewrites the generated config.xml: loopback only, nothing phoned home, the peers at their
        explicit addresses and one shared folder built from the generated folder defaults."""
        tree = ET.parse(self.config_path())
        root = tree.getroot()
        options = root.find("options")

        def set_option(tag, value):
            for old in options.findall(tag):
                options.remove(old)
            ET.SubElement(options, tag).text = value

        set_option("listenAddress", f"tcp://{LOOPBACK}:{self.listen_port}")
        set_option("globalAnnounceEnabled", "false")
        set_option("localAnnounceEnabled", "false")
        set_option("relaysEnabled", "false")
        set_option("natEnabled", "false")
        set_option("crashReportingEnabled", "false")
        set_option("urAccepted", "-1")
        set_option("autoUpgradeIntervalH", "0")
        set_option("startBrowser", "false")
        set_option("announceLANAddresses", "false")
        # A resumed device is dialled again within seconds, not after the default minute.
        set_option("reconnectionIntervalS", "2")

        gui = root.find("gui")
        gui.set("enabled", "true")
        gui.set("tls", "false")
        gui.find("address").text = f"{LOOPBACK}:{self.gui_port}"
        gui.find("apikey").text = self.api_key

        template = root.find("defaults/device")
        for device in root.findall("device"):
            root.remove(device)
        members = [self] + list(peers)
        for index, member in enumerate(members):
            device = ET.fromstring(ET.tostring(template))
            device.set("id", member.device_id)
            device.set("name", member.name)
            device.find("address").text = f"tcp://{LOOPBACK}:{member.listen_port}"
            root.insert(index, device)

        folder = ET.fromstring(ET.tostring(root.find("defaults/folder")))
        folder.set("id", FOLDER_ID)
        folder.set("label", "Trustwork")
        folder.set("path", self.folder)
        folder.set("type", "sendreceive")
        folder.set("fsWatcherEnabled", "false")  # the test decides when to scan, through REST
        folder.set("rescanIntervalS", "3600")
        for device in folder.findall("device"):
            folder.remove(device)
        for index, member in enumerate(members):
            device = ET.Element("device", {"id": member.device_id, "introducedBy": ""})
            ET.SubElement(device, "encryptionPassword").text = ""
            folder.insert(index, device)
        for old in folder.findall("maxConflicts"):
            folder.remove(old)
        ET.SubElement(folder, "maxConflicts").text = str(MAX_CONFLICTS)
        paused = folder.find("paused")
        if paused is not None:
            paused.text = "false"
        root.insert(len(members), folder)
        tree.write(self.config_path(), encoding="utf-8", xml_declaration=False)

        os.makedirs(os.path.join(self.folder, ".stfolder"), exist_ok=True)

    def start(self, strace=None):
        log = open(self.log_path, "ab")
        argv = [self.syncthing, "serve", "--no-browser", "--no-restart", "--no-upgrade", "--home=" + self.home]
        if strace:
            # Every address Syncthing binds, connects or sends to, for the whole run.
            argv = [strace, "-f", "-qq", "-e", "trace=connect,bind,sendto,sendmsg,sendmmsg",
                    "-o", self.trace_path] + argv
        try:
            self.process = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=self.env, cwd=self.home,
                start_new_session=True, preexec_fn=_die_with_parent)
        finally:
            log.close()

    def track(self):
        """Remembers the monitor's descendants (the real Syncthing) while they can still be found."""
        if self.process is None:
            return
        for pid in [self.process.pid] + _descendants(self.process.pid):
            stat = _proc_stat(pid)
            if stat and pid not in self.tracked:
                self.tracked[pid] = stat[2]

    def live_pids(self):
        """Tracked processes that still run (same pid and start time)."""
        return [pid for pid, start in self.tracked.items() if (_proc_stat(pid) or (0, 0, None))[2] == start]

    def signal_all(self, sig):
        for pid in self.live_pids():
            stat = _proc_stat(pid)
            try:
                if stat and stat[1] == pid:
                    os.killpg(pid, sig)  # leads its own group: take anything it started too
                else:
                    os.kill(pid, sig)
            except (ProcessLookupError, PermissionError):
                pass

    # --- REST -------------------------------------------------------------------------------
    def rest(self, method, path, params=None, body=None, timeout=60):
        url = f"http://{LOOPBACK}:{self.gui_port}{path}"
        if params:
            url += "?" + urllib.parse.urlencode(params)
        data = None
        if body is not None:
            data = json.dumps(body).encode()
        elif method in ("POST", "PUT"):
            data = b""
        request = urllib.request.Request(url, data=data, method=method, headers={"X-API-Key": self.api_key})
        with _OPENER.open(request, timeout=timeout) as response:
            raw = response.read()
        if raw.strip()[:1] in (b"{", b"["):
            return json.loads(raw)
        return raw.decode("utf-8", "replace")

    def get(self, path, **params):
        return self.rest("GET", path, params)

    def post(self, path, timeout=60, **params):
        return self.rest("POST", path, params, timeout=timeout)

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def log_tail(self, lines=30):
        try:
            with open(self.log_path, "r", errors="replace") as fh:
                return "".join(fh.readlines()[-lines:])
        except OSError:
            return "(no log)"


class Cluster:
    """Instances named by the caller, all sharing FOLDER_ID with each other (a full mesh)."""

    def __init__(self, root, names, syncthing, log=print, poll_s=0.2):
        self.root = root
        self.log = log
        self.poll_s = poll_s
        self.instances = {name: Instance(name, root, syncthing) for name in names}
        self.paused = set()
        self.strace = _usable_strace(os.path.join(root, "home"))
        if not self.strace:
            log("strace is not usable here: addresses are checked from /proc snapshots only")

    def __getitem__(self, name):
        return self.instances[name]

    def names(self):
        return list(self.instances)

    def online(self):
        return [n for n in self.instances if n not in self.paused]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
        return False

    # --- life cycle -------------------------------------------------------------------------
    def start(self, timeout=90):
        instances = list(self.instances.values())
        for inst in instances:
            inst.generate()
        ports = free_ports(2 * len(instances))
        for index, inst in enumerate(instances):
            inst.listen_port, inst.gui_port = ports[2 * index], ports[2 * index + 1]
        for inst in instances:
            inst.write_config([p for p in instances if p is not inst])
        for inst in instances:
            inst.start(self.strace)
        deadline = time.monotonic() + timeout
        for inst in instances:
            self._wait(lambda: self._pong(inst), deadline, f"{inst.name}'s REST API to answer")
        for inst in instances:
            self.check_config(inst)
            inst.track()
            if len(inst.tracked) < 2:
                self.log(f"syncthing {inst.name}: no monitor child found (pids {list(inst.tracked)})")
        self.log("syncthing: " + ", ".join(f"{i.name} {i.device_id[:7]} listen {i.listen_port} rest {i.gui_port}"
                                           for i in instances))

    def stop(self, timeout=20):
        """Stops every instance that was started: REST shutdown first, signals for what remains."""
        started = [inst for inst in self.instances.values() if inst.process is not None]
        for inst in started:
            inst.track()
            if inst.alive():
                try:
                    inst.post("/rest/system/shutdown", timeout=10)
                except (OSError, urllib.error.URLError, ValueError):
                    pass
        deadline = time.monotonic() + timeout
        while any(inst.live_pids() for inst in started) and time.monotonic() < deadline:
            time.sleep(0.1)
        for sig in (signal.SIGTERM, signal.SIGKILL):
            stubborn = [inst for inst in started if inst.live_pids()]
            for inst in stubborn:
                self.log(f"syncthing {inst.name}: {inst.live_pids()} still running after shutdown; sending {sig.name}")
                inst.signal_all(sig)
            end = time.monotonic() + 5
            while any(inst.live_pids() for inst in stubborn) and time.monotonic() < end:
                time.sleep(0.1)
        for inst in started:
            try:
                inst.exit_code = inst.process.wait(5)
            except subprocess.TimeoutExpired:
                inst.exit_code = None

    def leftover_processes(self):
        """Processes of ours still running (none after stop())."""
        return {inst.name: inst.live_pids() for inst in self.instances.values() if inst.live_pids()}

    def _pong(self, inst):
        if not inst.alive():
            raise HarnessError(f"syncthing {inst.name} exited with {inst.process.returncode}:\n{inst.log_tail()}")
        try:
            return inst.get("/rest/system/ping").get("ping") == "pong"
        except (OSError, urllib.error.URLError, ValueError, AttributeError):
            return False

    def _wait(self, condition, deadline, what, diagnose=None):
        while True:
            if condition():
                return
            if time.monotonic() > deadline:
                detail = diagnose() if diagnose else ""
                raise HarnessError(f"timed out waiting for {what}\n{detail}")
            time.sleep(self.poll_s)

    # --- checks of what the instances really run with ---------------------------------------
    def check_config(self, inst):
        """The config Syncthing loaded, read back through REST, is the one written."""
        folder = inst.get(f"/rest/config/folders/{FOLDER_ID}")
        options = inst.get("/rest/config/options")
        problems = []
        if folder.get("maxConflicts") != MAX_CONFLICTS:
            problems.append(f"maxConflicts {folder.get('maxConflicts')}")
        if folder.get("type") != "sendreceive" or folder.get("fsWatcherEnabled") is not False:
            problems.append(f"folder type {folder.get('type')} watcher {folder.get('fsWatcherEnabled')}")
        if len(folder.get("devices", [])) != len(self.instances):
            problems.append(f"folder shared with {len(folder.get('devices', []))} devices")
        expected = {"globalAnnounceEnabled": False, "localAnnounceEnabled": False, "relaysEnabled": False,
                    "natEnabled": False, "crashReportingEnabled": False, "urAccepted": -1,
                    "autoUpgradeIntervalH": 0, "listenAddresses": [f"tcp://{LOOPBACK}:{inst.listen_port}"]}
        for key, value in expected.items():
            if options.get(key) != value:
                problems.append(f"{key} {options.get(key)!r}")
        for device in inst.get("/rest/config/devices"):
            if any(not a.startswith(f"tcp://{LOOPBACK}:") for a in device.get("addresses", [])):
                problems.append(f"device {device.get('name')} addresses {device.get('addresses')}")
        status = inst.get("/rest/system/status")
        listeners = list(status.get("connectionServiceStatus", {}))
        if listeners != [f"tcp://{LOOPBACK}:{inst.listen_port}"]:
            problems.append(f"listeners {listeners}")
        if status.get("discoveryEnabled"):
            problems.append("discovery enabled")
        if problems:
            raise HarnessError(f"syncthing {inst.name} did not load the written config: " + "; ".join(problems))

    def audit_sockets(self):
        """Every inet socket held by an instance is bound to and talks with 127.0.0.1 only."""
        for inst in self.instances.values():
            inst.track()
        sockets = _inet_sockets()
        bad = []
        count = 0
        for inst, pid in [(i, p) for i in self.instances.values() for p in i.live_pids()]:
            try:
                fds = os.listdir(f"/proc/{pid}/fd")
            except OSError:
                continue
            for fd in fds:
                try:
                    target = os.readlink(f"/proc/{pid}/fd/{fd}")
                except OSError:
                    continue
                match = re.fullmatch(r"socket:\[(\d+)\]", target)
                if not match or match.group(1) not in sockets:
                    continue
                count += 1
                proto, local, remote = sockets[match.group(1)]
                if not (_loopback(local[0]) and (_loopback(remote[0]) or remote[1] == 0)):
                    bad.append(f"{inst.name}: {proto} {local} -> {remote}")
        if bad:
            raise HarnessError("sockets outside 127.0.0.1: " + "; ".join(bad))
        return count

    def traced_addresses(self):
        """(inet addresses seen, those other than 127.0.0.1) over the whole run, from strace's logs;
        (None, []) when strace was not used. Read after stop()."""
        if not self.strace:
            return None, []
        seen, bad = 0, []
        for inst in self.instances.values():
            try:
                with open(inst.trace_path, errors="replace") as fh:
                    lines = fh.readlines()
            except OSError:
                bad.append(f"{inst.name}: no trace")
                continue
            for line in lines:
                if "sa_family=AF_INET" not in line:
                    continue
                addresses = re.findall(r'inet_addr\("([^"]*)"\)|inet_pton\(AF_INET6, "([^"]*)"', line)
                if not addresses:
                    bad.append(f"{inst.name}: unreadable {line.strip()[:160]}")
                for v4, v6 in addresses:
                    seen += 1
                    if not _loopback(v4 or v6):
                        bad.append(f"{inst.name}: {line.strip()[:160]}")
        return seen, bad

    # --- connections, pause, resume ---------------------------------------------------------
    def connections(self, name):
        return self.instances[name].get("/rest/system/connections").get("connections", {})

    def _pairs_connected(self, group, want):
        for a in group:
            conns = self.connections(a)
            for b in group:
                if a == b:
                    continue
                entry = conns.get(self.instances[b].device_id, {})
                if bool(entry.get("connected")) != want:
                    return False
                if want and not entry.get("address", "").startswith(LOOPBACK + ":"):
                    raise HarnessError(f"{a} reaches {b} at {entry.get('address')}")
        return True

    def wait_connected(self, group=None, timeout=60):
        group = group or self.online()
        self._wait(lambda: self._pairs_connected(group, True), time.monotonic() + timeout,
                   "connections among " + ", ".join(group), lambda: self.describe(group))

    def pause(self, name, timeout=60):
        """Takes a device offline: it pauses every peer, so it neither sends nor receives."""
        inst = self.instances[name]
        for peer in self.instances.values():
            if peer is not inst:
                inst.post("/rest/system/pause", device=peer.device_id)
        self.paused.add(name)
        others = [n for n in self.instances if n != name]
        self._wait(lambda: all(self._pairs_connected([name, o], False) for o in others),
                   time.monotonic() + timeout, f"{name} to go offline")
        self.log(f"syncthing: {name} paused (offline)")

    def resume(self, name, timeout=60):
        inst = self.instances[name]
        for peer in self.instances.values():
            if peer is not inst:
                inst.post("/rest/system/resume", device=peer.device_id)
        self.paused.discard(name)
        self.wait_connected(self.online(), timeout)
        self.log(f"syncthing: {name} resumed")

    # --- scanning and convergence -----------------------------------------------------------
    def scan(self, names=None):
        """Scans synchronously: POST /rest/db/scan answers once the scan is done."""
        for name in names or self.online():
            self.instances[name].post("/rest/db/scan", folder=FOLDER_ID)

    def _settled(self, group):
        statuses = {}
        for name in group:
            status = self.instances[name].get("/rest/db/status", folder=FOLDER_ID)
            if status.get("state") != "idle" or status.get("needTotalItems", 1) != 0:
                return False
            if status.get("pullErrors", 0) or status.get("errors", 0):
                return False
            statuses[name] = status
        keys = ("globalFiles", "globalDirectories", "globalDeleted", "globalBytes")
        if len({tuple(s.get(k) for k in keys) for s in statuses.values()}) != 1:
            return False
        for a in group:
            for b in group:
                if a != b:
                    done = self.instances[a].get("/rest/db/completion", folder=FOLDER_ID,
                                                 device=self.instances[b].device_id)
                    if done.get("completion") != 100 or done.get("needItems", 0) != 0:
                        return False
        trees = [folder_tree(self.instances[n].folder) for n in group]
        return all(t == trees[0] for t in trees[1:])

    def wait_converged(self, group=None, timeout=120, scan_first=True):
        """Until every instance of the group is idle, needs nothing, agrees on the global state, sees
        each peer complete, and the folders hold the same bytes - twice in a row."""
        group = group or self.online()
        if scan_first:
            self.scan(group)
        start = time.monotonic()
        deadline = start + timeout
        streak = [0]

        def twice():
            streak[0] = streak[0] + 1 if self._settled(group) else 0
            return streak[0] >= 2

        self._wait(twice, deadline, "convergence of " + ", ".join(group), lambda: self.describe(group))
        return time.monotonic() - start

    def describe(self, group):
        lines = []
        for name in group:
            inst = self.instances[name]
            try:
                s = inst.get("/rest/db/status", folder=FOLDER_ID)
                lines.append(f"{name}: state={s.get('state')} need={s.get('needTotalItems')} "
                             f"global={s.get('globalFiles')} local={s.get('localFiles')} "
                             f"pullErrors={s.get('pullErrors')} errors={s.get('errors')}")
                conns = self.connections(name)
                peers = [o for o in self.instances
                         if o != name and conns.get(self.instances[o].device_id, {}).get("connected")]
                lines.append("   connected: " + ", ".join(peers))
                errors = inst.get("/rest/folder/errors", folder=FOLDER_ID)
                if errors.get("errors"):
                    lines.append(f"   folder errors: {errors['errors']}")
            except (OSError, urllib.error.URLError, ValueError) as error:
                lines.append(f"{name}: REST failed: {error}")
            lines.append("   log: " + inst.log_tail(8).replace("\n", "\n        "))
        trees = {n: folder_tree(self.instances[n].folder) for n in group}
        every = sorted(set().union(*trees.values())) if trees else []
        for path in every:
            seen = {n: trees[n].get(path, "-")[:8] for n in group}
            if len(set(seen.values())) > 1:
                lines.append(f"   differs: {path} {seen}")
        return "\n".join(lines)

    def conflict_files(self):
        found = []
        for inst in self.instances.values():
            found += files_matching(inst.folder, lambda f: CONFLICT_MARK in f)
        return found

    def temp_files(self):
        found = []
        for inst in self.instances.values():
            found += files_matching(inst.folder, is_syncthing_temp)
        return found


def _usable_strace(home):
    strace = shutil.which("strace")
    if not strace:
        return None
    probe = subprocess.run([strace, "-f", "-qq", "-o", os.devnull, "true"], env=child_env(home),
                           capture_output=True, timeout=60)
    return strace if probe.returncode == 0 else None


def _loopback(ip):
    return ip in (LOOPBACK, "::ffff:" + LOOPBACK)


def _decode_address(text, ipv6):
    host, port = text.split(":")
    raw = bytes.fromhex(host)
    # /proc prints each 32-bit word in host byte order.
    words = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4)) if sys.byteorder == "little" else raw
    ip = socket.inet_ntop(socket.AF_INET6 if ipv6 else socket.AF_INET, words)
    if ip == "::":
        ip = "0.0.0.0"
    return ip, int(port, 16)


def _inet_sockets():
    """inode -> (protocol, (local ip, port), (remote ip, port)) from /proc/net."""
    table = {}
    for proto in ("tcp", "tcp6", "udp", "udp6"):
        try:
            with open(f"/proc/net/{proto}") as fh:
                rows = fh.readlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()
            if len(fields) < 10:
                continue
            ipv6 = proto.endswith("6")
            table[fields[9]] = (proto, _decode_address(fields[1], ipv6), _decode_address(fields[2], ipv6))
    return table
