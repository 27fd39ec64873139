#!/usr/bin/env python3
"""The production topology on one machine, for trying it and for its CI tier.

    cluster.py up       start whatever is not running, then print the URLs
    cluster.py down     stop everything it started, by PID, and drop the database
    cluster.py status   what runs, with its PID
    cluster.py vcl      print the proxy's VCL (this topology's, or --backend,
                        --public-host and --purger for another)

PostgreSQL (a private cluster ``hcvcluster`` on :5433, scripts/ci/postgres.sh),
Redis on :6391, moto's S3 server on :9090 with the media bucket, two gunicorn
app servers A (:8101) and B (:8102) and Varnish on :8080 balancing between
them (deploy/varnish.vcl.template, rendered into .cluster/). Everything runs
on 127.0.0.1; PID files, logs and the generated secrets live in
``.cluster/`` (git-ignored), and ``.cluster/env.json`` holds the app servers'
environment so that a ``manage.py`` command (or tests/cluster) can act as one
of them. See docs/deployment.md.

Why a script rather than containers: CI and the developers' machines are the
same plain Debian machine without a container runtime, and a PID per process
lets the tests stop one server (or Redis) and start it again.
"""

import argparse
import contextlib
import grp
import http.client
import ipaddress
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
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STATE = ROOT / ".cluster"
ENV_FILE = STATE / "env.json"
PYTHON = ROOT / ".venv" / "bin" / "python"
HOST = "127.0.0.1"

PG_PORT = 5433
PG_CLUSTER = "hcvcluster"
REDIS_PORT = 6391
S3_PORT = 9090
BUCKET = "hcv-media"
APP_PORTS = {"app-a": 8101, "app-b": 8102}
PROXY_PORT = 8080
PUBLIC_URL = f"http://{HOST}:{PROXY_PORT}"
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
VCL_TEMPLATE = ROOT / "deploy" / "varnish.vcl.template"
VCL_FILE = STATE / "varnish.vcl"


class ClusterError(Exception):
    """Something the operator must fix; reported without a traceback."""


def log(message):
    print(f">>> cluster: {message}", flush=True)


# --- environment --------------------------------------------------------------


def kept_secret(name):
    """A random value made once and kept in .cluster/ (owner-only)."""
    path = STATE / name
    if not path.exists():
        path.write_text(secrets.token_urlsafe(40))
        path.chmod(0o600)
    return path.read_text().strip()


def release_id():
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "dev"


def cluster_environment(database_url):
    """The app servers' environment: the contract of tourism_site.settings.production."""
    env = {
        "DJANGO_SETTINGS_MODULE": "tourism_site.settings.production",
        "SECRET_KEY": kept_secret("secret-key"),
        "ALLOWED_HOSTS": f"{HOST},localhost",
        # Plain http on loopback: no TLS anywhere in this topology.
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database_url,
        "REDIS_URL": f"redis://{HOST}:{REDIS_PORT}/0",
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": f"http://{HOST}:{S3_PORT}",
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",  # moto's fixed test credentials
        "AWS_S3_REGION_NAME": "us-east-1",
        "PUBLIC_URL": PUBLIC_URL,
        "WAGTAILADMIN_BASE_URL": PUBLIC_URL,
        "FRONTEND_CACHE_URL": PUBLIC_URL,
        "RELEASE": release_id(),
        # Varnish adds the visitor's address to X-Forwarded-For.
        "TRUSTED_PROXY_COUNT": "1",
        # The tests read /healthz's per-component detail with this token, and a
        # stopped Redis shows there within a second.
        "HEALTHZ_TOKEN": kept_secret("healthz-token"),
        "HEALTHZ_INTERVAL": "0.5",
        # Where settings without REDIS_URL or a bucket would keep the cache and
        # media: shared by both app servers, so the cluster stays one site.
        "MEDIA_ROOT": str(STATE / "media"),
        "CACHE_DIR": str(STATE / "cache"),
        "LOG_LEVEL": "WARNING",
    }
    return env


def process_environment(env):
    merged = dict(os.environ)
    merged.update(env)
    merged["PATH"] = f"{PYTHON.parent}:{merged.get('PATH', '')}"
    return merged


def read_environment():
    if not ENV_FILE.exists():
        raise ClusterError("the cluster is not up (no .cluster/env.json): run make cluster")
    return json.loads(ENV_FILE.read_text())


def run_python(arguments, env, timeout=600):
    """The project's Python with ARGUMENTS, as an app server would run it; its stdout.

    ENV is the app servers' environment (``read_environment``), so a
    ``manage.py`` command or scripts/backup.py acts on the cluster's database,
    Redis and bucket. A failure raises ClusterError with the end of stderr.
    """
    result = subprocess.run(
        [str(PYTHON), *arguments],
        cwd=ROOT,
        env=process_environment(env),
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )
    if result.returncode != 0:
        raise ClusterError(
            f"{' '.join(arguments[:2])} failed (exit {result.returncode}):\n{result.stderr[-3000:]}"
        )
    return result.stdout


def manage_shell(code, env, timeout=120):
    """``manage.py shell -c CODE`` as an app server; its stdout."""
    return run_python(["manage.py", "shell", "--no-imports", "-c", code], env, timeout)


def s3_client(env):
    """A boto3 client for the bucket's S3 server, with the app servers' credentials."""
    import boto3

    return boto3.client(
        "s3",
        endpoint_url=env["AWS_S3_ENDPOINT_URL"],
        aws_access_key_id=env["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=env["AWS_SECRET_ACCESS_KEY"],
        region_name=env["AWS_S3_REGION_NAME"],
    )


# --- processes ----------------------------------------------------------------


def pid_file(name):
    return STATE / f"{name}.pid"


def running_pid(name):
    """The PID in NAME's PID file if that process is alive, else None."""
    try:
        pid = int(pid_file(name).read_text().strip())
    except (OSError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid
    # A zombie child of this process counts as stopped.
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].split()[0]
    except (OSError, IndexError):
        return pid
    return None if state == "Z" else pid


def spawn(name, command, env=None):
    """Start COMMAND in its own session, logging to .cluster/NAME.log; record its PID."""
    with open(STATE / f"{name}.log", "ab") as output:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    pid_file(name).write_text(f"{process.pid}\n")
    return process.pid


def stop(name, timeout=20):
    """SIGTERM the process in NAME's PID file, SIGKILL it after TIMEOUT seconds."""
    pid = running_pid(name)
    if pid is None:
        pid_file(name).unlink(missing_ok=True)
        return False
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        reap(pid)
        if running_pid(name) is None:
            break
        time.sleep(0.1)
    else:
        log(f"{name} (PID {pid}) ignored SIGTERM for {timeout} s: SIGKILL")
        os.kill(pid, signal.SIGKILL)
        reap(pid)
    pid_file(name).unlink(missing_ok=True)
    return True


def reap(pid):
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def wait_for(description, ready, name=None, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            return
        if name is not None and running_pid(name) is None:
            tail = (STATE / f"{name}.log").read_text(errors="replace")[-2000:]
            raise ClusterError(f"{name} exited while starting; its log ends:\n{tail}")
        time.sleep(0.2)
    raise ClusterError(f"{description} did not answer within {timeout} s (see .cluster/*.log)")


def port_open(port):
    try:
        with socket.create_connection((HOST, port), timeout=1):
            return True
    except OSError:
        return False


def http_status(port, path, headers=None):
    connection = http.client.HTTPConnection(HOST, port, timeout=5)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        response.read()
        return response.status
    except OSError:
        return None
    finally:
        connection.close()


def redis_answers():
    try:
        with socket.create_connection((HOST, REDIS_PORT), timeout=1) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def run(description, command, env):
    log(description)
    result = subprocess.run(command, cwd=ROOT, env=env, check=False)
    if result.returncode != 0:
        raise ClusterError(f"{description} failed (exit {result.returncode})")


# --- services -------------------------------------------------------------------


@dataclass
class Service:
    name: str
    port: int
    what: str


SERVICES = [
    Service("postgres", PG_PORT, "PostgreSQL"),
    Service("redis", REDIS_PORT, "Redis"),
    Service("s3", S3_PORT, "moto S3 server"),
    Service("app-a", APP_PORTS["app-a"], "app server A (gunicorn)"),
    Service("app-b", APP_PORTS["app-b"], "app server B (gunicorn)"),
    Service("varnish", PROXY_PORT, "Varnish"),
]


def start_postgres():
    """scripts/ci/postgres.sh with the cluster's port and name; prints the URL."""
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "ci" / "postgres.sh")],
        env=process_environment(
            {"PG_PORT": str(PG_PORT), "PG_CLUSTER": PG_CLUSTER, "PG_DB": "hcv_cluster"}
        ),
        capture_output=True,
        text=True,
        check=False,
    )
    sys.stderr.write(result.stderr)
    if result.returncode != 0:
        raise ClusterError("PostgreSQL did not start (scripts/ci/postgres.sh)")
    # The server's own PID file, copied so that `status` lists it with the rest.
    version = postgres_version()
    server_pid = Path(f"/var/run/postgresql/{version}-{PG_CLUSTER}.pid")
    if server_pid.exists():
        pid_file("postgres").write_text(server_pid.read_text().splitlines()[0] + "\n")
    return result.stdout.strip().splitlines()[-1]


def postgres_version():
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/postgres"), key=lambda path: int(path.parts[4])
    )
    if not found:
        raise ClusterError("no PostgreSQL server installed")
    return found[-1].parts[4]


def drop_postgres():
    if not shutil.which("pg_dropcluster"):
        return
    version = postgres_version()
    listed = subprocess.run(
        ["pg_lsclusters", "-h", version, PG_CLUSTER],
        capture_output=True,
        text=True,
        check=False,
    )
    if listed.returncode == 0 and listed.stdout.strip():
        log(f"dropping PostgreSQL cluster {version}/{PG_CLUSTER}")
        subprocess.run(
            ["pg_dropcluster", "--stop", version, PG_CLUSTER],
            check=False,
        )
    pid_file("postgres").unlink(missing_ok=True)


def ensure_debian_package(program, package):
    if shutil.which(program) or Path(f"/usr/sbin/{program}").exists():
        return
    log(f"installing {package} (apt-get)")
    environment = process_environment({"DEBIAN_FRONTEND": "noninteractive"})
    install = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", package]
    if subprocess.run(install, env=environment, check=False).returncode != 0:
        subprocess.run(["apt-get", "update", "-qq"], env=environment, check=True)
        subprocess.run(install, env=environment, check=True)


def start_redis():
    if redis_answers() and running_pid("redis"):
        return
    ensure_debian_package("redis-server", "redis-server")
    folder = STATE / "redis"
    folder.mkdir(exist_ok=True)
    # No snapshots and no append-only file: this Redis holds caches, sessions
    # and counters for a throwaway cluster.
    spawn(
        "redis",
        [
            shutil.which("redis-server") or "/usr/bin/redis-server",
            "--bind",
            HOST,
            "--port",
            str(REDIS_PORT),
            "--dir",
            str(folder),
            "--save",
            "",
            "--appendonly",
            "no",
            "--daemonize",
            "no",
        ],
    )
    wait_for("Redis", redis_answers, "redis")


def start_s3(env):
    if running_pid("s3") is None:
        moto = PYTHON.parent / "moto_server"
        if not moto.exists():
            raise ClusterError("moto_server is missing: run make install (moto[server])")
        spawn("s3", [str(moto), "-H", HOST, "-p", str(S3_PORT)])
        wait_for("moto's S3 server", lambda: http_status(S3_PORT, "/") is not None, "s3")
    client = s3_client(env)
    existing = {bucket["Name"] for bucket in client.list_buckets().get("Buckets", [])}
    if BUCKET not in existing:
        client.create_bucket(Bucket=BUCKET)
        log(f"created bucket {BUCKET}")


def management_command_exists(name, environment):
    found = subprocess.run(
        [str(PYTHON), "manage.py", "help", name],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        check=False,
    )
    return found.returncode == 0


def set_up_site(env):
    """Migrate, demo content, static files, public URL, admin: each idempotent."""
    environment = process_environment(env)
    manage = [str(PYTHON), "manage.py"]
    # Before the demo: its open-data package names static files by their hashed names.
    run("collectstatic", [*manage, "collectstatic", "--noinput", "--verbosity", "0"], environment)
    run("migrate", [*manage, "migrate", "--noinput", "--verbosity", "0"], environment)
    if not (STATE / "demo-loaded").exists():
        run("load_demo (a few minutes the first time)", [*manage, "load_demo"], environment)
        (STATE / "demo-loaded").touch()
    if management_command_exists("set_public_url", environment):
        run(f"set_public_url {PUBLIC_URL}", [*manage, "set_public_url", PUBLIC_URL], environment)
    else:
        # Until wip/deploy's command lands: the same change through Wagtail's Site.
        log(f"setting the default Site to {PUBLIC_URL} (no set_public_url command yet)")
        # save(), not update(): the page cache forgets the old host on the save signal.
        script = (
            "from wagtail.models import Site; "
            "site = Site.objects.get(is_default_site=True); "
            f"site.hostname, site.port = {HOST!r}, {PROXY_PORT}; site.save()"
        )
        run("Site hostname", [*manage, "shell", "-c", script], environment)
    run(
        "ensure_admin",
        [*manage, "ensure_admin", "--password-file", str(STATE / "admin-password")],
        environment,
    )


def start_app(name, env):
    if running_pid(name) is not None:
        return
    port = APP_PORTS[name]
    if port_open(port):
        raise ClusterError(f"port {port} is taken by a process this cluster did not start")
    spawn(
        name,
        [
            str(PYTHON.parent / "gunicorn"),
            "--config",
            str(ROOT / "deploy" / "gunicorn.conf.py"),
            "--bind",
            f"{HOST}:{port}",
            "--name",
            f"hcv-{name}",
            "tourism_site.wsgi",
        ],
        process_environment(env),
    )
    wait_for(f"{name} on :{port}", lambda: http_status(port, "/healthz") == 200, name, 120)


# --- the proxy's VCL -------------------------------------------------------------

# A host name or address as VCL takes it in a string: nothing that could end
# the string or start another statement.
HOST_NAME = re.compile(r"^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])$")
BACKEND_BLOCK = """backend app_{number} {{
    .host = "{host}";
    .port = "{port}";
    .probe = healthz;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
}}
"""


def split_address(address, need_port):
    """``host:port`` (or ``host`` when the port is optional) as (host, port or None)."""
    host, colon, port = address.rpartition(":")
    if not colon or (not host.startswith("[") and ":" in host) or host.endswith(":"):
        host, port = address, None
    if not HOST_NAME.match(host) or (port is not None and not port.isdigit()):
        raise ClusterError(f"not a host{':port' if need_port else '[:port]'}: {address!r}")
    if port is not None and not 0 < int(port) < 65536:
        raise ClusterError(f"not a port: {port!r} in {address!r}")
    if need_port and port is None:
        raise ClusterError(f"an app server needs host:port, not {address!r}")
    return host, port


def acl_entry(network):
    """An ACL line for an address or a network (``10.0.0.0/24``)."""
    try:
        parsed = ipaddress.ip_network(network, strict=False)
    except ValueError as error:
        raise ClusterError(f"not an address or network: {network!r}") from error
    if parsed.prefixlen == parsed.max_prefixlen:
        return f'    "{parsed.network_address}";'
    return f'    "{parsed.network_address}"/{parsed.prefixlen};'


def render_vcl(backends, public_host, purgers=("127.0.0.1", "::1")):
    """deploy/varnish.vcl.template for these app servers, public host and purgers.

    BACKENDS are the app servers' ``host:port`` (round robin, each probed on
    /healthz); PUBLIC_HOST is the host (and port) of PUBLIC_URL, which every
    request is given; PURGERS the addresses or networks the app servers send
    their PURGEs from.
    """
    if not backends:
        raise ClusterError("at least one app server (host:port) is needed")
    split_address(public_host, need_port=False)
    addresses = [split_address(backend, need_port=True) for backend in backends]
    values = {
        "backends": "\n".join(
            BACKEND_BLOCK.format(number=number, host=host.strip("[]"), port=port)
            for number, (host, port) in enumerate(addresses, 1)
        ),
        "director": "\n".join(
            f"    apps.add_backend(app_{number});" for number in range(1, len(addresses) + 1)
        ),
        "public_host": public_host,
        "purgers": "\n".join(acl_entry(purger) for purger in purgers),
    }
    text = VCL_TEMPLATE.read_text()
    for name, value in values.items():
        text = text.replace("{{" + name + "}}", value)
    left = re.findall(r"\{\{\w+\}\}", text)
    if left:
        raise ClusterError(f"{VCL_TEMPLATE.name} has placeholders with no value: {left}")
    return text


def cluster_vcl():
    """The VCL for this machine's topology: app servers A and B, the proxy's own address."""
    return render_vcl([f"{HOST}:{port}" for port in APP_PORTS.values()], f"{HOST}:{PROXY_PORT}")


def write_vcl():
    """.cluster/varnish.vcl, readable by Varnish and by no one else.

    Started by root, varnishd reads its -f file as the ``varnish`` user (its
    unix jail), and .cluster/ is 0700 because it holds the secrets: the
    directory lets the ``varnish`` group through (0710), and the file is theirs
    to read (0640).
    """
    VCL_FILE.write_text(cluster_vcl())
    if os.geteuid() != 0:
        return
    try:
        group = grp.getgrnam("varnish").gr_gid
    except KeyError:
        return
    for path, mode in ((STATE, 0o710), (VCL_FILE, 0o640)):
        os.chown(path, -1, group)
        path.chmod(mode)


def start_varnish():
    if running_pid("varnish") is not None:
        return
    ensure_debian_package("varnishd", "varnish")
    if port_open(PROXY_PORT):
        raise ClusterError(f"port {PROXY_PORT} is taken by a process this cluster did not start")
    workdir = STATE / "varnish"
    workdir.mkdir(exist_ok=True)
    write_vcl()
    spawn(
        "varnish",
        [
            VARNISHD,
            "-F",
            "-n",
            str(workdir),
            "-a",
            f"{HOST}:{PROXY_PORT}",
            "-T",
            f"{HOST}:0",
            "-f",
            str(VCL_FILE),
            "-s",
            "malloc,128m",
        ],
    )
    # Up once a page comes back through it: the probes have found a backend.
    wait_for("Varnish", lambda: http_status(PROXY_PORT, "/healthz") == 200, "varnish")


def up():
    STATE.mkdir(mode=0o700, exist_ok=True)
    gitignore = STATE / ".gitignore"
    if not gitignore.exists():
        gitignore.write_text("*\n")
    log("PostgreSQL")
    database_url = start_postgres()
    env = cluster_environment(database_url)
    ENV_FILE.write_text(json.dumps(env, indent=2) + "\n")
    ENV_FILE.chmod(0o600)
    (STATE / "media").mkdir(exist_ok=True)
    log("Redis")
    start_redis()
    log("S3 (moto)")
    start_s3(env)
    set_up_site(env)
    for name in APP_PORTS:
        log(f"{name} on :{APP_PORTS[name]}")
        start_app(name, env)
    log("Varnish")
    start_varnish()
    admin_password = (STATE / "admin-password").read_text().strip()
    print(
        "\nCluster up:\n"
        f"  site (Varnish)   {PUBLIC_URL}/\n"
        f"  app server A     http://{HOST}:{APP_PORTS['app-a']}/\n"
        f"  app server B     http://{HOST}:{APP_PORTS['app-b']}/\n"
        f"  admin            {PUBLIC_URL}/admin/  (admin / {admin_password})\n"
        f"  PostgreSQL       {database_url}\n"
        f"  Redis            redis://{HOST}:{REDIS_PORT}/0\n"
        f"  S3 (moto)        http://{HOST}:{S3_PORT}/{BUCKET}\n"
        "  logs, PIDs       .cluster/\n"
        "Stop it with: make cluster-down",
        flush=True,
    )


def down():
    for service in reversed(SERVICES):
        if service.name == "postgres":
            continue
        if stop(service.name):
            log(f"stopped {service.what}")
    drop_postgres()
    for leftover in (
        "env.json",
        "demo-loaded",
        "cache",
        "media",
        "redis",
        "varnish",
        "varnish.vcl",
    ):
        path = STATE / leftover
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    log("down")


def status():
    any_running = False
    for service in SERVICES:
        pid = running_pid(service.name)
        any_running = any_running or pid is not None
        state = f"running, PID {pid}" if pid else "stopped"
        print(f"  {service.name:<9} :{service.port:<5} {service.what:<26} {state}")
    return any_running


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    actions = parser.add_subparsers(dest="action", required=True)
    for action in ("up", "down", "status"):
        actions.add_parser(action)
    vcl = actions.add_parser("vcl", help="print deploy/varnish.vcl.template filled in")
    vcl.add_argument(
        "--backend", action="append", help="an app server, host:port (repeat for each)"
    )
    vcl.add_argument("--public-host", help="host[:port] of PUBLIC_URL")
    vcl.add_argument(
        "--purger", action="append", help="an address or network that may PURGE (repeatable)"
    )
    arguments = parser.parse_args(argv)
    try:
        if arguments.action == "up":
            up()
        elif arguments.action == "down":
            down()
        elif arguments.action == "vcl":
            if not arguments.backend and not arguments.public_host:
                print(cluster_vcl(), end="")
            elif not (arguments.backend and arguments.public_host):
                raise ClusterError("--backend and --public-host go together")
            else:
                purgers = arguments.purger or ("127.0.0.1", "::1")
                print(render_vcl(arguments.backend, arguments.public_host, purgers), end="")
        else:
            status()
    except ClusterError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
