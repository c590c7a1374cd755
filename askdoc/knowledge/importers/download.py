"""Fetch a published data file by URL for the importers: progress, resume, checksum.

A path that is not an http(s) URL is returned as it is. A URL is downloaded into ASKDOC_DATA_DIR/downloads as
NAME.part; an interrupted download resumes with an HTTP Range request (a server that ignores Range sends the
whole file again, and it is started over). With `sha256`, the finished file is checked and a mismatch removes it,
and a file already downloaded with that checksum is not fetched again.
"""

from __future__ import annotations

import hashlib
import urllib.error
import urllib.request
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from django.conf import settings
from tqdm import tqdm

CHUNK = 1 << 16
TIMEOUT_SECONDS = 60
USER_AGENT = "askdoc-importer (+https://github.com/askdoc)"


class DownloadFailed(Exception):
    """The URL cannot be fetched, or the file it gave does not match its checksum."""


def is_url(source: str | Path) -> bool:
    return urlsplit(str(source)).scheme in {"http", "https"}


def download_dir() -> Path:
    path = Path(settings.DATA_DIR) / "downloads"
    path.mkdir(parents=True, exist_ok=True)
    return path


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def local_name(url: str) -> str:
    name = PurePosixPath(urlsplit(url).path).name
    return name or "download"


def fetch(source: str | Path, *, sha256: str = "", progress: bool = True, dest: Path | None = None) -> Path:
    """A local path for `source`: itself when it is one, else the downloaded file."""
    if not is_url(source):
        return Path(source)
    url = str(source)
    target = (dest or download_dir()) / local_name(url)
    wanted = sha256.lower().strip()
    if wanted and target.exists() and file_sha256(target) == wanted:
        return target
    partial = target.with_name(target.name + ".part")
    _download(url, partial, progress=progress)
    if wanted:
        got = file_sha256(partial)
        if got != wanted:
            partial.unlink(missing_ok=True)
            raise DownloadFailed(f"{url}: checksum mismatch (expected sha256 {wanted}, got {got}); "
                                 "the file was removed, run the command again to download it afresh.")
    partial.replace(target)
    return target


def _download(url: str, partial: Path, *, progress: bool) -> None:
    have = partial.stat().st_size if partial.exists() else 0
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    if have:
        request.add_header("Range", f"bytes={have}-")
    try:
        response = urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS)
    except urllib.error.HTTPError as error:
        if error.code == 416 and have:  # the part file is already whole
            return
        raise DownloadFailed(f"Cannot download {url}: HTTP {error.code} {error.reason}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise DownloadFailed(f"Cannot download {url}: {reason}") from None
    with response:
        resumed = have and response.status == 206
        if not resumed:
            have = 0
        length = response.headers.get("Content-Length")
        total = have + int(length) if length and length.isdigit() else None
        with open(partial, "ab" if resumed else "wb") as handle, tqdm(
            total=total, initial=have, unit="B", unit_scale=True, desc=local_name(url), disable=not progress,
        ) as bar:
            try:
                for block in iter(lambda: response.read(CHUNK), b""):
                    handle.write(block)
                    bar.update(len(block))
            except (OSError, urllib.error.URLError) as error:
                raise DownloadFailed(f"Download of {url} was interrupted ({error}); run the command again to "
                                     "resume it.") from None
    if total is not None and partial.stat().st_size < total:
        raise DownloadFailed(f"Download of {url} stopped at {partial.stat().st_size} of {total} bytes; run the "
                             "command again to resume it.")
