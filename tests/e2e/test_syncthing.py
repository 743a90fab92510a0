"""Two laptops syncing through a real Syncthing: two instances on 127.0.0.1, one folder each.

Dialogue Desk opens no socket itself; Syncthing carries the change files between the folders.
Needs Debian's ``syncthing`` package (``apt-get install syncthing``); without it the same
exchange is covered by plain folder copies (tests/services/sync/test_convergence.py).
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from dialogue_desk.services.checkin import ParticipantData, add_walk_in
from tests.services.sync.laptops import DAY1, Laptop, content, new_event

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("syncthing") is None, reason="apt-get install syncthing"),
]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Instance:
    def __init__(self, home: Path, folder: Path) -> None:
        self.home, self.folder = home, folder
        out = subprocess.run(["syncthing", "generate", f"--home={home}", "--no-default-folder"],
                             capture_output=True, text=True, check=True)  # fmt: skip
        line = next(x for x in (out.stdout + out.stderr).splitlines() if "Device ID:" in x)
        self.device = line.split("Device ID:")[1].strip()
        self.port, self.gui = _port(), _port()
        self.process: subprocess.Popen[bytes] | None = None

    def configure(self, other: Instance) -> None:
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        self.key = root.findtext("gui/apikey") or ""
        root.find("gui/address").text = f"127.0.0.1:{self.gui}"  # type: ignore[union-attr]
        options = root.find("options")
        assert options is not None
        settings = {
            "listenAddress": f"tcp://127.0.0.1:{self.port}", "globalAnnounceEnabled": "false",
            "localAnnounceEnabled": "false", "relaysEnabled": "false", "natEnabled": "false",
            "startBrowser": "false", "urAccepted": "-1", "autoUpgradeIntervalH": "0",
            "crashReportingEnabled": "false",
        }  # fmt: skip
        for name, value in settings.items():
            node = options.find(name)
            if node is None:
                node = ET.SubElement(options, name)
            node.text = value
        device = ET.SubElement(root, "device", id=other.device, name="other",
                               compression="metadata", introducer="false")  # fmt: skip
        ET.SubElement(device, "address").text = f"tcp://127.0.0.1:{other.port}"
        folder = ET.Element("folder", id="dialogue-desk", label="Dialogue Desk",
                            path=str(self.folder), type="sendreceive", rescanIntervalS="2",
                            fsWatcherEnabled="true", fsWatcherDelayS="1")  # fmt: skip
        ET.SubElement(folder, "device", id=self.device)
        ET.SubElement(folder, "device", id=other.device)
        root.insert(0, folder)
        tree.write(path)

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["syncthing", "serve", f"--home={self.home}", "--no-browser", "--no-restart",
             "--no-upgrade"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip

    def rescan(self) -> None:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui}/rest/db/scan?folder=dialogue-desk", method="POST",
            headers={"X-API-Key": self.key},
        )  # fmt: skip
        # Not up yet: the periodic rescan does it.
        with contextlib.suppress(OSError):
            urllib.request.urlopen(request, timeout=5).read()

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def _wait_for(paths: list[Path], instances: list[Instance], seconds: float = 90) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if all(p.exists() for p in paths):
            return
        for one in instances:
            one.rescan()
        time.sleep(1)
    raise AssertionError(f"Syncthing did not bring {paths} over in {seconds} s")


def test_two_laptops_through_syncthing(tmp_path: Path) -> None:
    folders = [tmp_path / "folder-a", tmp_path / "folder-b"]
    for folder in folders:
        folder.mkdir()
    st_a = Instance(tmp_path / "st-a", folders[0])
    st_b = Instance(tmp_path / "st-b", folders[1])
    st_a.configure(st_b)
    st_b.configure(st_a)
    a, b = Laptop(tmp_path, "a"), Laptop(tmp_path, "b")
    try:
        st_a.start()
        st_b.start()
        a.event_id = new_event(a.store)
        package = a.share(folders[0])
        _wait_for([folders[1] / package.name], [st_a, st_b])
        b.join(folders[1] / package.name)
        add_walk_in(
            a.store, a.event_id, ParticipantData(first_name="Aija", last_name="Ozola"), DAY1
        )
        add_walk_in(b.store, b.event_id, ParticipantData(first_name="Sven", last_name="Berg"), DAY1)
        written_a = a.sync(folders[0]).written
        written_b = b.sync(folders[1]).written
        assert written_a is not None and written_b is not None
        _wait_for([folders[1] / written_a.relative_to(folders[0]),
                   folders[0] / written_b.relative_to(folders[1])], [st_a, st_b])  # fmt: skip
        assert b.sync(folders[1]).files_read == 1
        assert a.sync(folders[0]).files_read == 1
        assert content(a.store) == content(b.store)
        assert len(content(a.store)["participant"]) == 2
    finally:
        st_a.stop()
        st_b.stop()
        a.close()
        b.close()
