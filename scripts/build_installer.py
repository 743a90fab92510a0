"""Build the standalone Dialogue Desk (PyInstaller, one folder) and smoke-test the result.

    python scripts/build_installer.py                  # venv in build/venv, build, smoke test
    python scripts/build_installer.py --smoke-only     # test an existing dist/dialogue-desk/
    python scripts/build_installer.py --screenshot shot.png   # also a window shot under Xvfb

Building: a virtual environment (``build/venv``, created once and reused) gets
``pip install '.[build]'``, then ``pyinstaller build_installer.spec`` writes
``dist/dialogue-desk/``. Works on Linux, Windows and macOS; the PDF checks need poppler-utils
(required on Linux, skipped with a warning elsewhere).

The smoke test runs the frozen program, never the source: it prints its version, creates the
demo event in a temporary ``DIALOGUE_DESK_HOME``, exports the workbook and the PDF in Russian
(the PDF must embed its fonts and contain Cyrillic text) and opens its window offscreen, which
must hold the store open and stay alive for a few seconds. Exit status 0 when all is well.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import venv
import zipfile
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "dialogue-desk"
WINDOWS = sys.platform == "win32"
LINUX = sys.platform.startswith("linux")
CYRILLIC = re.compile("[\u0400-\u04ff]")
WINDOW_SECONDS = 4.0
SIZE_GOAL_MIB = 150


class SmokeError(Exception):
    pass


def say(text: str) -> None:
    print(f"[build_installer] {text}", flush=True)


def warn_loudly(text: str) -> None:
    bar = "!" * 78
    print(f"\n{bar}\n!!! WARNING: {text}\n{bar}\n", file=sys.stderr, flush=True)


def source_version() -> str:
    text = (ROOT / "dialogue_desk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not match:
        raise SystemExit("no __version__ in dialogue_desk/__init__.py")
    return match.group(1)


# --- building -------------------------------------------------------------------------------


def venv_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if WINDOWS else "bin/python")


def build(venv_dir: Path, dist: Path, work: Path) -> None:
    python = venv_python(venv_dir)
    if not python.exists():
        say(f"creating the build environment {venv_dir}")
        venv.EnvBuilder(with_pip=True, clear=True).create(venv_dir)
    say("pip install '.[build]'")
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                    f"{ROOT}[build]"], check=True)  # fmt: skip
    say("pyinstaller build_installer.spec")
    started = time.monotonic()
    subprocess.run([str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work),
                    str(ROOT / "build_installer.spec")], check=True, cwd=ROOT)  # fmt: skip
    say(f"pyinstaller took {time.monotonic() - started:.0f} s")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


# --- smoke test -----------------------------------------------------------------------------


def run(binary: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(binary), *args], env=env, capture_output=True, text=True,
                            encoding="utf-8", errors="replace", timeout=120)  # fmt: skip
    say(f"$ {binary.name} {' '.join(args)}  -> exit {result.returncode}")
    return result


def expect_ok(result: subprocess.CompletedProcess[str], what: str) -> str:
    if result.returncode != 0 or "Traceback" in result.stderr:
        raise SmokeError(f"{what} failed (exit {result.returncode}):\n{result.stderr.strip()}")
    return result.stdout


def check_version(binary: Path, env: dict[str, str]) -> None:
    out = expect_ok(run(binary, "--version", env=env), "--version").strip()
    expected = f"{APP_ID} {source_version()}"
    if out != expected:
        raise SmokeError(f"--version printed {out!r}, expected {expected!r}")
    say(f"version: {out}")


def create_demo(binary: Path, store: Path, env: dict[str, str]) -> str:
    event_id = expect_ok(run(binary, "demo", "--db", str(store), env=env), "demo").strip()
    if not event_id:
        raise SmokeError("demo printed no event id")
    listing = expect_ok(run(binary, "events", "--db", str(store), env=env), "events")
    if event_id not in [line.split("\t")[0] for line in listing.splitlines()]:
        raise SmokeError(f"the demo event {event_id} is not listed:\n{listing}")
    expect_ok(run(binary, "check", "--db", str(store), env=env), "check")
    return event_id


def import_samples(binary: Path, store: Path, event_id: str, env: dict[str, str]) -> None:
    """A Latvian registration list in windows-1257 and an XLSForm, with no tools on PATH."""
    samples = ROOT / "tests" / "fixtures" / "samples"
    bare = {**env, "PATH": str(store.parent / "no-tools")}  # no Java, nothing to lean on
    csv = samples / "registrations_lv_windows1257.csv"
    form = samples / "evaluation_xlsform_tallinn.xlsx"
    if not (csv.exists() and form.exists()):
        warn_loudly(f"sample files missing in {samples}: imports NOT checked")
        return
    out = expect_ok(run(binary, "import-participants", event_id, str(csv), "--db", str(store),
                        env=bare), "import-participants")  # fmt: skip
    say(f"registration list: {out.strip()}")
    out = expect_ok(run(binary, "import-form", "--event", event_id, str(form), "--db", str(store),
                        env=bare), "import-form")  # fmt: skip
    say(f"XLSForm: form and questions {out.strip()}")


def export_russian(binary: Path, store: Path, event_id: str, out: Path, env: dict[str, str],
                   *, require_pdf_tools: bool) -> None:  # fmt: skip
    xlsx, pdf = out / "event-ru.xlsx", out / "event-ru.pdf"
    result = run(binary, "export", event_id, "--db", str(store), "--xlsx", str(xlsx),
                 "--pdf", str(pdf), "--lang", "ru", env=env)  # fmt: skip
    expect_ok(result, "export --lang ru")
    check_workbook(xlsx)
    check_pdf(pdf, require_tools=require_pdf_tools)


def check_workbook(path: Path) -> None:
    if not path.exists():
        raise SmokeError(f"no workbook written at {path}")
    with zipfile.ZipFile(path) as book:
        names = book.namelist()
        if "xl/workbook.xml" not in names:
            raise SmokeError(f"{path} is not an xlsx workbook")
        # Parsed, not searched as bytes: the writer may store text as character references.
        text = " ".join(
            "".join(ElementTree.fromstring(book.read(name)).itertext())
            for name in names
            if name.startswith("xl/") and name.endswith(".xml")
        )
    if not CYRILLIC.search(text):
        raise SmokeError(f"the Russian workbook {path} holds no Cyrillic text")
    say(f"workbook: {path.name}, {len(names)} parts, Russian text found")


def check_pdf(path: Path, *, require_tools: bool) -> None:
    if not path.exists() or not path.read_bytes().startswith(b"%PDF"):
        raise SmokeError(f"no PDF written at {path}")
    if not (shutil.which("pdffonts") and shutil.which("pdftotext")):
        if require_tools:
            raise SmokeError("pdffonts/pdftotext not found: install poppler-utils")
        warn_loudly("poppler-utils not installed: the PDF's fonts and text were NOT checked")
        return
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in fonts.stdout.splitlines()[2:] if line.strip()]
    if not rows:
        raise SmokeError(f"{path} uses no fonts at all")
    # pdffonts columns end with: emb sub uni object-number generation
    not_embedded = [row[0] for row in rows if row[-5] != "yes"]
    if not_embedded:
        raise SmokeError(f"fonts not embedded in {path.name}: {', '.join(not_embedded)}")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8", "replace")  # fmt: skip
    if not CYRILLIC.search(text):
        raise SmokeError(f"pdftotext finds no Cyrillic text in {path.name}")
    say(f"PDF: {path.name}, fonts embedded ({', '.join(sorted({r[0] for r in rows}))}), "
        f"Cyrillic text found")  # fmt: skip


def open_window(binary: Path, store: Path, env: dict[str, str], *, seconds: float,
                screenshot: Path | None = None) -> None:  # fmt: skip
    """Start the window, wait until it holds the store open, keep it up a while, then end it."""
    env = dict(env)
    xvfb = None
    if screenshot is not None:
        xvfb, env["DISPLAY"] = start_xvfb()
        env.pop("QT_QPA_PLATFORM", None)
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    lock = store.with_name(store.name + ".lock")
    process = subprocess.Popen([str(binary), "--db", str(store), "--lang", "ru"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               encoding="utf-8", errors="replace")  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not _holds_lock(lock, process.pid):
            if process.poll() is not None:
                raise SmokeError(
                    f"the window closed at once (exit {process.returncode}):\n"
                    f"{process.stderr.read().strip()}"
                )  # type: ignore[union-attr]
            if time.monotonic() > deadline:
                raise SmokeError("the window did not open its store within 60 s")
            time.sleep(0.2)
        time.sleep(seconds)
        if process.poll() is not None:
            raise SmokeError(
                f"the window died (exit {process.returncode}):\n{process.stderr.read().strip()}"
            )  # type: ignore[union-attr]
        if screenshot is not None:
            subprocess.run(["import", "-window", "root", str(screenshot)], env=env, check=True)
            say(f"screenshot: {screenshot}")
        say(f"window: open on the demo store for {seconds:.0f} s, still running")
    finally:
        if process.poll() is None:
            process.terminate()
        _, errors = process.communicate(timeout=30)
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(timeout=10)
    if "Traceback" in errors or "Could not load the Qt platform plugin" in errors:
        raise SmokeError(f"the window reported errors:\n{errors.strip()}")


def _holds_lock(lock: Path, pid: int) -> bool:
    """The store's lock file names the process holding the store (see store/lock.py)."""
    try:
        return lock.read_text(encoding="utf-8").split()[:1] == [str(pid)]
    except (OSError, UnicodeDecodeError):
        return False


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    if not shutil.which("Xvfb"):
        raise SmokeError("--screenshot needs Xvfb (and ImageMagick's import)")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1400x900x24"],
                              pass_fds=(write,))  # fmt: skip
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    return server, f":{number}"


def check_log(home: Path) -> None:
    log = home / "logs" / "dialogue-desk.log"
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    bad = [line for line in text.splitlines() if " ERROR " in line or "Traceback" in line]
    missing = [line for line in text.splitlines() if "catalogue" in line and "WARNING" in line]
    if bad:
        raise SmokeError("the log reports errors:\n" + "\n".join(bad))
    if missing:
        raise SmokeError("translation catalogues missing in the build:\n" + "\n".join(missing))


def check_bundle_files(folder: Path) -> None:
    """Every catalogue, font and migration of the source is inside the build, where paths.py
    looks for it; Qt's own catalogues exist for the interface languages Qt translates."""
    inside = folder / "_internal" if (folder / "_internal").is_dir() else folder
    migrations = ROOT / "dialogue_desk" / "store" / "migrations"
    wanted = [
        *[f"dialogue_desk/translations/{p.name}" for p in ROOT.glob("translations/*.qm")],
        *[f"dialogue_desk/resources/fonts/{p.name}" for p in ROOT.glob("resources/fonts/*")],
        *[f"dialogue_desk/store/migrations/{p.relative_to(migrations).as_posix()}"
          for p in [migrations / "env.py", migrations / "script.py.mako",
                    *migrations.glob("versions/*.py")]],
        *[f"PySide6/Qt/translations/qtbase_{code}.qm" for code in ("lv", "sv", "ru")],
    ]  # fmt: skip
    missing = [name for name in wanted if not (inside / name).is_file()]
    if missing:
        raise SmokeError("missing from the build: " + ", ".join(missing))
    say(f"bundle: all {len(wanted)} catalogues, fonts and migration files in place")


def smoke_test(binary: Path, *, screenshot: Path | None, require_pdf_tools: bool) -> None:
    if not binary.exists():
        raise SmokeError(f"no frozen program at {binary}")
    check_bundle_files(binary.parent)
    with tempfile.TemporaryDirectory(prefix="dialogue-desk-smoke-") as tmp:
        home = Path(tmp) / "home"
        env = {**os.environ, "DIALOGUE_DESK_HOME": str(home), "LANG": "C.UTF-8",
               "PYTHONIOENCODING": "utf-8"}  # fmt: skip
        for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
            env.pop(name, None)  # the frozen program must need none of the build's Python
        store = home / "smoke.sqlite"
        check_version(binary, env)
        event_id = create_demo(binary, store, env)
        say(f"demo event: {event_id}")
        import_samples(binary, store, event_id, env)
        out = Path(tmp) / "exports"
        out.mkdir()
        export_russian(binary, store, event_id, out, env, require_pdf_tools=require_pdf_tools)
        open_window(binary, store, env, seconds=WINDOW_SECONDS, screenshot=screenshot)
        check_log(home)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--venv",
        type=Path,
        default=ROOT / "build" / "venv",
        help="build environment (created if missing; default build/venv)",
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's working folder (kept as a cache)")  # fmt: skip
    parser.add_argument("--smoke-only", action="store_true", help="test an existing build")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help="open the window under Xvfb instead of offscreen and save a shot",
    )
    args = parser.parse_args(argv)

    started = time.monotonic()
    if not args.smoke_only:
        build(args.venv.resolve(), args.dist.resolve(), args.work.resolve())
    folder = args.dist.resolve() / APP_ID
    binary = folder / (f"{APP_ID}.exe" if WINDOWS else APP_ID)
    try:
        smoke_test(binary, screenshot=args.screenshot, require_pdf_tools=LINUX)
    except (SmokeError, subprocess.SubprocessError, OSError) as error:
        print(f"[build_installer] SMOKE TEST FAILED: {error}", file=sys.stderr)
        return 1
    size = folder_size(folder)
    say(f"OK: {folder} is {size / 2**20:.0f} MiB ({size / 1e6:.0f} MB); "
        f"{time.monotonic() - started:.0f} s in all")  # fmt: skip
    if size > SIZE_GOAL_MIB * 2**20:
        warn_loudly(f"the build is over the size goal of {SIZE_GOAL_MIB} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
