# SPDX-FileCopyrightText: 2026 Trustwork developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Alex on a desktop (A1) and a laptop (A2), Sam on his computer (S), each with a Syncthing of its
own. A1 creates the couple workbook, A2 and S join it through the folder, then seeded rounds of
random work, with offline periods (a paused Syncthing), a passphrase change on A2 while A1 is
offline, and a cloned home (A1's data directory copied to A3). At the end every replica agrees,
nothing private of Alex's is readable anywhere on Sam's side, Syncthing made no conflict copy, and
neither the old passphrase nor a re-planted old slot file opens Alex's workbook."""

import collections
import os
import random
import shutil

import stcluster
from checks import check_stopped
from stcluster import Cluster
from twcli import (EXIT_DAMAGED, EXIT_INVALID_INPUT, EXIT_OK, EXIT_WRONG_SECRET, Cli, Device, canonical_entries,
                   change_file_header, device_id, device_rows, entries_hash, own_device_id, parse_json)

ALEX, SAM = "Alex", "Sam"
EXERCISE = "solo.my-patterns"
PASSWD_ROUND = 2   # A1 goes offline, Alex changes the passphrase on A2; A1 stays offline one more round
CLONE_ROUND = 4    # A1's data directory is copied to A3, and both write
CLONE_HOST = "A2"  # A3 runs next to the laptop's Syncthing, as a restored image of the desktop would
WORDS = ["trust", "repair", "Vertrauen", "confiance", "honesty", "listening", "Geduld", "promise", "week", "walk"]


class Scenario:
    def __init__(self, root, syncthing, cli_path, seed, rounds, checks, skip=()):
        self.root = root
        self.skip = set(skip)  # to narrow a failure down: passwd, clone, pause, eager
        self.rng = random.Random(seed)
        self.rounds = rounds
        self.checks = checks
        self.log = checks.log
        self.cluster = Cluster(root, ["A1", "A2", "S"], syncthing, log=self.log)
        self.cli = Cli(cli_path, os.path.join(root, "home"))
        self.passphrases = {ALEX: ["alexpass"], SAM: ["sampass"]}
        self.devices = {}
        self.entries = []  # what was written: author, visibility, text
        self.canaries = {ALEX: [], SAM: []}  # private texts' unique words, never readable in plain
        self.snapshot = None  # the folder's files before the passphrase change

    # --- devices and the CLI ----------------------------------------------------------------
    def add_device(self, name, partner, host):
        device = Device(name, partner, os.path.join(self.root, "data", name), self.cluster[host])
        self.devices[name] = device
        return device

    def online(self, device):
        return device.host.name not in self.cluster.paused

    def unlocked(self, device, partner, args, body=""):
        """Runs a command that unlocks as partner. A device that has not yet imported a passphrase
        change still takes the old passphrase; once it has, the newer one is what the user types."""
        history = self.passphrases[partner]
        known = device.known.setdefault(partner, history[0])
        tries = [known] + history[history.index(known) + 1:]
        for passphrase in tries:
            result = self.cli.run(device.data_dir, args, passphrase + "\n" + body, as_partner=partner)
            if result.code != EXIT_WRONG_SECRET:
                if result.code == EXIT_OK and passphrase != known:
                    self.log(f"{device.name} now takes {partner}'s newer passphrase")
                    device.known[partner] = passphrase
                return result
        return result

    def expect(self, result, codes, what):
        if result.code not in codes:
            self.checks.check(False, f"{what}: {result.describe()}")
            return False
        return True

    def sync(self, device, codes=(EXIT_OK,)):
        result = self.unlocked(device, device.partner, ["sync", "--folder", device.folder])
        self.expect(result, codes, f"sync on {device.name}")
        return result.code

    def entry_list(self, device, partner):
        result = self.unlocked(device, partner, ["entry", "list", "--json"])
        if not self.expect(result, (EXIT_OK,), f"entry list as {partner} on {device.name}"):
            return None
        entries = parse_json(result.out)
        self.checks.check(isinstance(entries, list), f"entry list --json as {partner} on {device.name} is a list")
        return entries if isinstance(entries, list) else None

    def device_list(self, device):
        result = self.unlocked(device, device.partner, ["device", "list", "--json"])
        if not self.expect(result, (EXIT_OK,), f"device list on {device.name}"):
            return None
        return parse_json(result.out)

    def add_entry(self, device, visibility, label):
        author = device.partner
        words = " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(3, 12)))
        canary = f"{author.upper()}-{visibility.upper()}-{self.rng.getrandbits(48):012x}"
        text = f"{canary} {label} on {device.name}: {words} - ünïcödé ✓"
        result = self.unlocked(device, author, ["entry", "add", "--exercise", EXERCISE, "--" + visibility,
                                                "--text-file", "-"], body=text)
        if self.expect(result, (EXIT_OK,), f"entry add on {device.name}"):
            self.entries.append({"author": author, "visibility": visibility, "text": text})
            if visibility == "private":
                self.canaries[author].append(canary)
        self.log(f"{label}: {author} adds a {visibility} entry on {device.name}"
                 + ("" if self.online(device) else " (offline)"))

    # --- the story --------------------------------------------------------------------------
    def set_up(self):
        self.cluster.start()
        self.cluster.wait_connected()
        self.checks.check(self.cluster.audit_sockets() > 0, "Syncthing holds sockets on 127.0.0.1 only")
        a1 = self.add_device("A1", ALEX, "A1")
        a2 = self.add_device("A2", ALEX, "A2")
        s = self.add_device("S", SAM, "S")
        created = self.cli.run(a1.data_dir, ["create", "--partner", "Alex:hurt", "--partner", "Sam:involved"],
                               "alexpass\nsampass\n")
        if not self.expect(created, (EXIT_OK,), "create the couple workbook on A1"):
            raise stcluster.HarnessError("cannot go on without a workbook")
        a1.known = {ALEX: "alexpass", SAM: "sampass"}
        self.check_not_a_sync_folder(a1)
        self.sync(a1)
        took = self.cluster.wait_converged()
        self.log(f"A1 published the workbook; Syncthing carried it in {took:.1f}s")
        for device in (a2, s):
            joined = self.cli.run(device.data_dir, ["join", "--folder", device.folder],
                                  self.passphrases[device.partner][-1] + "\n", as_partner=device.partner)
            if not self.expect(joined, (EXIT_OK,), f"join on {device.name} as {device.partner}"):
                raise stcluster.HarnessError(f"{device.name} could not join")
            device.known[device.partner] = self.passphrases[device.partner][-1]
            self.sync(device)
        passes = self.settle()
        listing = self.device_list(a1)
        ids = {device_id(row) for row in device_rows(listing)}
        self.checks.check(len(ids) == 3 and None not in ids,
                          f"after A2 and S join, A1 lists 3 devices with distinct ids ({len(ids)}; {passes} passes)")

    def check_not_a_sync_folder(self, device):
        stray = os.path.join(self.root, "not-a-sync-folder")
        os.makedirs(stray, exist_ok=True)
        with open(os.path.join(stray, "holiday.txt"), "w") as fh:
            fh.write("someone else's file\n")
        synced = self.unlocked(device, device.partner, ["sync", "--folder", stray])
        joined = self.cli.run(os.path.join(self.root, "data", "nobody"), ["join", "--folder", stray], "alexpass\n",
                              as_partner=ALEX)
        self.checks.check(synced.code == EXIT_INVALID_INPUT and joined.code == EXIT_INVALID_INPUT,
                          f"sync and join refuse a folder that is not a Trustwork sync folder with exit 7 "
                          f"({synced.code}, {joined.code})")

    def play_round(self, number):
        label = f"round {number}"
        paused = []
        if number == PASSWD_ROUND and "passwd" not in self.skip:
            paused = ["A1"]
            self.cluster.pause("A1")
            self.snapshot = read_tree(self.devices["A2"].folder)
            self.change_passphrase(self.devices["A2"])
        elif number == PASSWD_ROUND + 1 and "passwd" not in self.skip:
            paused = ["A1"]  # still offline since the passphrase change
        elif number == CLONE_ROUND and "clone" not in self.skip:
            self.clone_home()
        elif number > 0 and self.rng.random() < 0.5 and "pause" not in self.skip:
            paused = [self.rng.choice(["A1", "A2", "S"])]
            self.cluster.pause(paused[0])
        writers = list(self.devices.values())
        if "A3" in self.devices and number == CLONE_ROUND:
            for name, visibility in (("A1", "private"), ("A3", "shared")):
                self.add_entry(self.devices[name], visibility, label)
                self.sync(self.devices[name])
        for _ in range(self.rng.randint(2, 4)):
            device = self.rng.choice(writers)
            self.add_entry(device, self.rng.choice(["private", "shared"]), label)
            self.sync(device)
        online = [d for d in self.devices.values() if self.online(d)]
        self.cluster.scan(self.cluster.names())
        if self.rng.random() < 0.5 and "eager" not in self.skip:
            # Import while Syncthing may still be carrying: files can arrive in any order.
            eager = self.rng.choice(online)
            self.log(f"{label}: {eager.name} syncs while Syncthing is still carrying")
            self.sync(eager)
        self.cluster.wait_converged()
        for device in online:
            self.sync(device)
        took = self.cluster.wait_converged()
        if number != PASSWD_ROUND or "passwd" in self.skip:
            for name in list(self.cluster.paused):
                self.cluster.resume(name)
        self.log(f"{label} done ({took:.1f}s for Syncthing to carry the imports' output"
                 + (f"; {', '.join(paused)} was offline)" if paused else ")"))

    def change_passphrase(self, device):
        old = device.known[ALEX]
        new = f"alexpass-{len(self.passphrases[ALEX]) + 1}"
        result = self.cli.run(device.data_dir, ["passwd"], f"{old}\n{new}\n", as_partner=ALEX)
        if self.expect(result, (EXIT_OK,), f"passwd for Alex on {device.name}"):
            self.passphrases[ALEX].append(new)
            device.known[ALEX] = new
            self.log(f"Alex changed the passphrase on {device.name} while A1 is offline")
        self.sync(device)

    def clone_home(self):
        a1 = self.devices["A1"]
        a3 = self.add_device("A3", ALEX, CLONE_HOST)
        shutil.copytree(a1.data_dir, a3.data_dir, symlinks=True)
        a3.known = dict(a1.known)
        self.log(f"A1's data directory copied to A3 (synced through {CLONE_HOST}'s folder)")

    def settle(self, most=8):
        """Every device syncs, Syncthing carries, until one whole pass publishes nothing."""
        for attempt in range(1, most + 1):
            before = stcluster.folder_tree(self.cluster["A1"].folder)
            for device in self.devices.values():
                self.sync(device)
            self.cluster.wait_converged()
            if stcluster.folder_tree(self.cluster["A1"].folder) == before:
                return attempt
        self.checks.check(False, f"the devices still publish changes after {most} passes of sync everywhere")
        return most

    # --- what must hold at the end ----------------------------------------------------------
    def check_convergence(self):
        alex_devices = [d for d in self.devices.values() if d.partner == ALEX]
        views = {d.name: self.entry_list(d, ALEX) for d in alex_devices}
        hashes = {name: entries_hash(v) if v is not None else None for name, v in views.items()}
        self.checks.check(len(set(hashes.values())) == 1 and None not in hashes.values(),
                          f"Alex's devices show Alex the same entries: {hashes}")
        expected_alex = [e for e in self.entries if e["author"] == ALEX or e["visibility"] == "shared"]
        self.check_texts(views["A1"], expected_alex, f"Alex reads on A1 exactly his {len(expected_alex)} entries "
                         "and the shared ones")
        sam_on_s = self.entry_list(self.devices["S"], SAM)
        expected_sam = [e for e in self.entries if e["author"] == SAM or e["visibility"] == "shared"]
        self.check_texts(sam_on_s, expected_sam, f"Sam reads on S exactly his {len(expected_sam)} entries and "
                         "the shared ones")
        # A1 imported Sam's files under Alex's keys: what Sam sees there is the shared rows.
        sam_on_a1 = self.entry_list(self.devices["A1"], SAM)
        shared = [e for e in self.entries if e["visibility"] == "shared"]
        self.check_texts(shared_rows(sam_on_a1), shared, f"Sam's view computed on A1 holds the {len(shared)} "
                         "shared rows")
        self.checks.check(canonical_entries(shared_rows(sam_on_s)) == canonical_entries(shared_rows(sam_on_a1))
                          == canonical_entries(shared_rows(views["A1"])),
                          "the shared rows are the same, field for field, in Sam's view on S, Sam's view on A1 "
                          "and Alex's view on A1")
        sam_text = canonical_entries(sam_on_s or [])
        self.checks.check(not any(c in sam_text for c in self.canaries[ALEX]),
                          "Sam's entry list holds nothing private of Alex's")
        for name, view in views.items():
            text = canonical_entries(view or [])
            self.checks.check(not any(c in text for c in self.canaries[SAM]),
                              f"Alex's entry list on {name} holds nothing private of Sam's")
        return hashes.get("A1")

    def check_texts(self, got, expected, what):
        """Compares entry texts as multisets and names what differs by round and device."""
        have = collections.Counter(e.get("text") for e in got or [])
        want = collections.Counter(e["text"] for e in expected)
        missing = [label_of(t) for t in (want - have).elements()]
        extra = [label_of(t) for t in (have - want).elements()]
        self.checks.check(got is not None and not missing and not extra, what
                          + (f": missing {missing}" if missing else "") + (f"; unexpected {extra}" if extra else ""))

    def check_verify(self):
        """verify passes for each device's partner, and for Sam on A1."""
        runs = [(d, d.partner) for d in self.devices.values()] + [(self.devices["A1"], SAM)]
        failed = []
        for device, partner in runs:
            result = self.unlocked(device, partner, ["verify"])
            if result.code != EXIT_OK:
                failed.append(f"{partner} on {device.name}: exit {result.code}: {first_line(result.err)}")
        self.checks.check(not failed, f"verify passes on every device ({len(runs)} runs)"
                          + (": " + "; ".join(failed) if failed else ""))

    def check_no_false_alarms(self):
        """Nobody tampered with anything yet: no partner may be told that records were changed in
        their name outside Trustwork."""
        alarms = sorted(set(self.cli.alarms))
        self.checks.check(not alarms, "no partner is told of records changed outside Trustwork before anyone "
                          "tampers" + (": " + "; ".join(alarms[:4]) if alarms else ""))

    def check_late_join(self, name, when):
        """A new device has no slots of its own to compare with: the folder alone must refuse the
        old passphrase. Joins into a throwaway data directory."""
        late = self.add_device(name, ALEX, "A1")
        del self.devices[name]
        refused = self.cli.run(late.data_dir, ["join", "--folder", late.folder], self.passphrases[ALEX][0] + "\n",
                               as_partner=ALEX)
        self.checks.check(refused.code == EXIT_WRONG_SECRET,
                          f"{when}: a new device cannot join with the old passphrase (exit {refused.code})")
        if refused.code == EXIT_OK:
            self.log(f"{name} joined with the old passphrase; its device folder stays in the sync folder")

    def check_plaintext(self):
        """No private text in plain in any file: Sam's data directory, every synced folder, and
        everything else the run wrote (Alex's stores are encrypted too)."""
        needles = {c.encode(): who for who, found in self.canaries.items() for c in found}
        hits = []
        for dirpath, _, filenames in os.walk(self.root):
            for name in filenames:
                path = os.path.join(dirpath, name)
                try:
                    with open(path, "rb") as fh:
                        data = fh.read()
                except OSError:
                    continue
                hits += [f"{needles[n]}'s {n.decode()} in {os.path.relpath(path, self.root)}"
                         for n in needles if n in data]
        checked = len(needles)
        self.checks.check(checked > 0 and not hits, f"none of {checked} private canaries in plain in any file "
                          f"(S's data dir, the three synced folders, Syncthing's homes, every data dir)"
                          + (": " + "; ".join(hits[:5]) if hits else ""))

    def check_devices(self):
        """The clone took an id of its own: the folder and A1's device list name at least four devices
        (the original id may be retired rather than kept), and no two data directories share one."""
        devices_dir = os.path.join(self.cluster["A1"].folder, "devices")
        names = os.listdir(devices_dir) if os.path.isdir(devices_dir) else []
        expected = len(self.devices)
        self.checks.check(len(names) >= expected,
                          f"the folder holds a subfolder for each of the {expected} devices: {len(names)}")
        ids = [device_id(row) for row in device_rows(self.device_list(self.devices["A1"]))]
        self.checks.check(len(set(ids)) >= expected and None not in ids,
                          f"A1 lists {expected} or more devices with distinct ids: {len(set(ids))}")
        own = {name: own_device_id(self.device_list(device)) for name, device in self.devices.items()}
        if None in own.values():
            self.log(f"device list --json marks no own device ({own}); distinct ids checked by counts only")
        else:
            self.checks.check(len(set(own.values())) == len(own),
                              f"every data directory has its own device id, the clone too: {own}")

    def check_passphrases(self, when):
        old, new = self.passphrases[ALEX][0], self.passphrases[ALEX][-1]
        for device in [d for d in self.devices.values() if d.partner == ALEX]:
            name = device.name
            refused = self.cli.run(device.data_dir, ["entry", "list", "--json"], old + "\n", as_partner=ALEX)
            self.checks.check(refused.code == EXIT_WRONG_SECRET,
                              f"{when}: the old passphrase is refused on {name} (exit {refused.code})")
            taken = self.cli.run(device.data_dir, ["entry", "list", "--json"], new + "\n", as_partner=ALEX)
            self.checks.check(taken.code == EXIT_OK, f"{when}: the new passphrase opens {name} (exit {taken.code})")

    def replant_old_slots(self, alex_hash):
        """Sam (or anyone with the folder) re-plants Alex's slot record from before the change: the
        newest change file of Alex's that carried his key slots then, copied on S as the next file
        of its device and into a device folder of its own. Syncthing carries both everywhere."""
        alex_ids = {device_id(r) for r in device_rows(self.device_list(self.devices["A1"])) if r.get("owner") == ALEX}
        s = self.cluster["S"]
        now = read_tree(s.folder)

        def alex_slot_files(tree):
            found = []
            for path, data in tree.items():
                parts = path.split("/")
                parsed = change_file_header(data)
                if len(parts) == 3 and parts[0] == "devices" and parts[1] in alex_ids and parsed and parsed[1] > 0:
                    found.append((parsed[0].get("keyVersion", 0), parsed[0].get("seq", 0), path))
            return sorted(found)

        before, after = alex_slot_files(self.snapshot or {}), alex_slot_files(now)
        if not self.checks.check(bool(before), f"Alex's change files carried his key slots before the change "
                                 f"({len(before)} of them)"):
            return
        self.checks.check(bool(after) and after[-1][0] > before[-1][0],
                          f"the passphrase change reached the folder as a newer slot record (key version "
                          f"{before[-1][0]} -> {after[-1][0] if after else None})")
        _, _, victim = before[-1]
        data = self.snapshot[victim]
        _, device, name = victim.split("/")
        next_seq = 1 + max(int(p.split("/")[2][:10]) for p in now if p.startswith(f"devices/{device}/")
                           and p.endswith(".twchange"))
        planted = {f"devices/{device}/{next_seq:010d}{name[10:]}": data,
                   f"devices/{'f' * len(device)}/{name}": data}
        for path, content in planted.items():
            os.makedirs(os.path.dirname(os.path.join(s.folder, path)), exist_ok=True)
            with open(os.path.join(s.folder, path), "wb") as fh:
                fh.write(content)
        self.log(f"re-planted Alex's old slot record {victim} on S as {', '.join(planted)}")
        self.cluster.wait_converged()
        codes = {d.name: self.sync(d, codes=(EXIT_OK, EXIT_DAMAGED)) for d in self.devices.values()}
        self.log(f"syncs after the re-plant exited {codes} (4 = a file named damaged, 0 = ignored)")
        self.cluster.wait_converged()
        self.check_passphrases("after re-planting the old slot record")
        views = {d.name: self.entry_list(d, ALEX) for d in self.devices.values() if d.partner == ALEX}
        self.checks.check(all(v is not None and entries_hash(v) == alex_hash for v in views.values()),
                          "Alex's entries are unchanged on every device after the re-plant")
        self.check_late_join("late-2", "with the old slot record re-planted")
        # Sam takes the planted files away again; from then on every sync is clean.
        for path in planted:
            os.remove(os.path.join(s.folder, path))
        os.rmdir(os.path.join(s.folder, os.path.dirname(list(planted)[1])))
        self.cluster.wait_converged()
        newcomer = self.add_device("A4", ALEX, "A1")
        new = self.passphrases[ALEX][-1]
        joined = self.cli.run(newcomer.data_dir, ["join", "--folder", newcomer.folder], new + "\n", as_partner=ALEX)
        if self.expect(joined, (EXIT_OK,), "join A4 with the new passphrase once the planted files are gone"):
            newcomer.known[ALEX] = new
            view = self.entry_list(newcomer, ALEX)
            self.checks.check(view is not None and entries_hash(view) == alex_hash,
                              "A4, joined after the re-plant with the new passphrase, shows Alex the same entries")
        self.settle()

    def finish(self):
        for name in list(self.cluster.paused):
            self.cluster.resume(name)
        passes = self.settle()
        self.log(f"all devices quiet after {passes} pass(es) of sync everywhere")
        alex_hash = self.check_convergence()
        self.check_devices()
        self.check_verify()
        self.check_no_false_alarms()
        if len(self.passphrases[ALEX]) > 1:
            self.check_passphrases("after the passphrase change reached every device")
            self.check_late_join("late-1", "with no file re-planted")
            self.replant_old_slots(alex_hash)
        conflicts = self.cluster.conflict_files()
        self.checks.check(not conflicts, f"no Syncthing conflict copies in any folder: {conflicts[:3]}")
        temps = self.cluster.temp_files()
        self.checks.check(not temps, f"no Syncthing temporary files left in any folder: {temps[:3]}")
        self.checks.check(self.cluster.audit_sockets() > 0, "still only 127.0.0.1 sockets at the end")
        self.check_plaintext()


def shared_rows(entries):
    return [e for e in entries or [] if e.get("visibility") == "shared"]


def label_of(text):
    """"round 4 on A3 (shared)" from an entry text the scenario wrote."""
    head = text.split(":")[0].split(" ", 1)
    return f"{head[1] if len(head) > 1 else head[0]} ({head[0].split('-')[1].lower() if '-' in head[0] else '?'})"


def first_line(text):
    lines = [line for line in text.splitlines() if line.strip() and "recovery code" not in line]
    return lines[0][:200] if lines else ""


def read_tree(folder):
    """relative path -> bytes of every file a sync tool would carry."""
    tree = {}
    for relpath, digest in stcluster.folder_tree(folder).items():
        if digest != "dir":
            with open(os.path.join(folder, relpath), "rb") as fh:
                tree[relpath] = fh.read()
    return tree


def run(root, syncthing, cli_path, seed, rounds, checks, skip=()):
    scenario = Scenario(root, syncthing, cli_path, seed, rounds, checks, skip)
    if skip:
        checks.log(f"skipping {', '.join(sorted(skip))} (a narrowed run, not the full scenario)")
    with scenario.cluster:
        scenario.set_up()
        for number in range(rounds):
            scenario.play_round(number)
        scenario.finish()
    check_stopped(scenario.cluster, checks)
    checks.log(f"{len(scenario.entries)} entries written, {scenario.cli.calls} CLI calls taking "
               f"{scenario.cli.seconds:.1f}s")
