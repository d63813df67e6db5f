#!/usr/bin/env python3
"""Merges the reader's classes and its libraries (all but JavaFX) into one jar for a module of its own.

Usage: app_module.py CLASSES_DIR DEPS_DIR OUT_JAR SERVICES_OUT

The packaged app links this module into its Java runtime with JavaFX's modules (jlink), so nothing is
left on the class path: the class-data archive then does not depend on where the app is installed, and
JavaFX runs as the named modules it expects. Libraries that are not modules cannot be linked on their
own, hence one module holding them all. Multi-release entries up to Java 17 replace the base ones (the
runtime is 17); each library's module-info and signatures are dropped; SQLite's native libraries are
left out (the launcher loads the one beside the jar). SERVICES_OUT receives the `uses` and `provides`
lines the module needs: from the libraries' own module-info (javap) and META-INF/services files.
"""
import os, re, subprocess, sys, tempfile, zipfile

classes, deps, out_jar, services_out = sys.argv[1:5]
MAX_RELEASE = 17
entries = {}      # name -> (release, bytes)
services = {}     # service -> [providers]
uses, provides = set(), {}

def keep(name):
    if name.endswith("/") or name.startswith("org/sqlite/native/"):
        return False
    if name == "META-INF/MANIFEST.MF":
        return False
    if re.match(r"META-INF/[^/]+\.(SF|DSA|RSA|EC)$", name) or name.endswith("module-info.class"):
        return False
    return True

def add(name, data, release=0):
    if name.startswith("META-INF/services/") and name.count("/") == 2:
        svc = name.split("/")[-1]
        for line in data.decode("utf-8").splitlines():
            line = line.split("#")[0].strip()
            if line:
                services.setdefault(svc, [])
                if line not in services[svc]:
                    services[svc].append(line)
        return
    if keep(name) and (name not in entries or entries[name][0] <= release):
        entries[name] = (release, data)

def module_info(data):
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "module-info.class")
        open(p, "wb").write(data)
        text = subprocess.run(["javap", p], capture_output=True, text=True, check=True).stdout
    for m in re.finditer(r"^\s*uses ([\w.$]+);", text, re.M):
        uses.add(m.group(1))
    for m in re.finditer(r"^\s*provides ([\w.$]+) with\s+([\w.$,\s]+?);", text, re.M):
        provides.setdefault(m.group(1), [])
        for impl in re.split(r"[,\s]+", m.group(2).strip()):
            if impl and impl not in provides[m.group(1)]:
                provides[m.group(1)].append(impl)

for root, _, files in os.walk(classes):
    for f in files:
        full = os.path.join(root, f)
        add(os.path.relpath(full, classes).replace(os.sep, "/"), open(full, "rb").read())

for jar in sorted(os.listdir(deps)):
    if not jar.endswith(".jar") or jar.startswith("javafx-"):
        continue
    with zipfile.ZipFile(os.path.join(deps, jar)) as z:
        for info in z.infolist():
            n = info.filename
            m = re.match(r"META-INF/versions/(\d+)/(.+)$", n)
            if n.endswith("module-info.class"):
                if not m or int(m.group(1)) <= MAX_RELEASE:
                    module_info(z.read(n))
                continue
            if m:
                if int(m.group(1)) <= MAX_RELEASE:
                    add(m.group(2), z.read(n), int(m.group(1)))
            else:
                add(n, z.read(n))

for svc, impls in services.items():
    for impl in impls:
        provides.setdefault(svc, [])
        if impl not in provides[svc]:
            provides[svc].append(impl)

with zipfile.ZipFile(out_jar, "w", zipfile.ZIP_DEFLATED) as z:
    for name in sorted(entries):
        z.writestr(name, entries[name][1])

def present(cls):
    return cls.replace(".", "/").split("$")[0] + ".class" in entries

with open(services_out, "w") as f:
    for u in sorted(uses):
        # A service type of a library we do not ship (an optional dependency) cannot be named.
        if present(u) or not u.startswith(("org.", "com.", "net.", "io.")):
            f.write(f"    uses {u};\n")
    for svc in sorted(provides):
        impls = [i for i in provides[svc] if present(i)]
        if impls and (present(svc) or svc.startswith(("java.", "javax."))):
            f.write(f"    provides {svc} with {', '.join(impls)};\n")
