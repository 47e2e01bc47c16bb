#!/usr/bin/env python3
"""Runs every documented pull-request command on a hostile pull request, as CI would.

    check_integration.py GCSJ_BINARY SOURCE_DIR

The commands come from the documentation itself: the `run` steps of the GitHub Actions workflows
and the `script` of the GitLab jobs in docs/integration.md (the validation of the whole registry,
and the pull-request comparison with `--base`), its "Checking a list of files" command, and the
pre-commit hook of .pre-commit-hooks.yaml. The repository they run in has a base branch
with a valid registry and a harmless configuration, and a pull request that adds a partner that
breaks ¶19(f), a file named `--config=evil.yaml`, a `.gcsj.yaml` that turns that rule off, and a
symbolic link to the checkout's `.git/config`, which holds a secret, a committed `gcsj.sarif`
(and `gcsj-junit.xml`) linked to a victim file outside the checkout, and a tag `origin/main` on its
own commit (whose `.gcsj.yaml` turns the broken rule off). Every command must fail (exit 1), report
the broken partner, apply no configuration from the pull request, never print the secret, and
leave the victim untouched; the short `--base origin/main` is refused (exit 2) as ambiguous. The
pull-request comparison also runs on a pull request that fixes a finding of its base branch and
introduces none: it must pass and say what it fixed.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

binary, source = os.path.abspath(sys.argv[1]), sys.argv[2]
SECRET = "c2VjcmV0LXRva2VuLWZyb20tZ2l0LWNvbmZpZw"
BROKEN_NGO = """kind: partner
id: {id}
name: {name}
category: ngo
status: admitted
admitted: 2024-05-20
international: false
accreditation:
  ecosoc: special
adherence:
  declared: 2024-04-02
  advocate: true
  uphold: true
  contribute: true
  levels: [national]
actions:
  - title: Local advocacy
    domains: [protection]
"""
EVIL_CONFIG = "rules:\n  ngo-international: off\n  file-name-matches-id: off\n"
VICTIM = "victim: left untouched\n"
failures = []


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env=dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@x",
                            GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@x"))


def base_branch(root, name, broken_partner=False):
    """A bare `origin` holding the base branch (the example registry, with a broken partner if
    asked), and a clone of it on a new branch `pull-request`."""
    origin, work = os.path.join(root, f"{name}-origin.git"), os.path.join(root, name)
    seed = os.path.join(root, f"{name}-seed")
    shutil.copytree(os.path.join(source, "examples/registry"), seed)
    with open(os.path.join(seed, ".gcsj.yaml"), "w") as f:
        f.write("fail_level: error\n")
    if broken_partner:
        with open(os.path.join(seed, "partners", "old-ngo.yaml"), "w") as f:
            f.write(BROKEN_NGO.format(id="old-ngo", name="Old NGO"))
    git(seed, "init", "-q", "-b", "main")
    git(seed, "add", "-A")
    git(seed, "commit", "-q", "-m", "base")
    git(root, "clone", "-q", "--bare", seed, origin)
    git(root, "clone", "-q", origin, work)
    git(work, "config", "http.extraheader", f"AUTHORIZATION: basic {SECRET}")
    git(work, "checkout", "-q", "-b", "pull-request")
    return work


def fixing_pull_request(root):
    """A pull request that fixes the broken partner of its base branch and introduces nothing."""
    work = base_branch(root, "fixing", broken_partner=True)
    path = os.path.join(work, "partners", "old-ngo.yaml")
    text = open(path).read().replace("international: false", "international: true")
    with open(path, "w") as f:
        f.write(text)
    git(work, "commit", "-q", "-am", "old-ngo is international")
    return work


def hostile_pull_request(root):
    """A clone of the base branch with the hostile pull request checked out."""
    work = base_branch(root, "work")
    with open(os.path.join(work, "partners", "broken-ngo.yaml"), "w") as f:
        f.write(BROKEN_NGO.format(id="broken-ngo", name="Broken NGO"))
    with open(os.path.join(work, "--config=evil.yaml"), "w") as f:
        f.write(EVIL_CONFIG)
    with open(os.path.join(work, ".gcsj.yaml"), "w") as f:
        f.write(EVIL_CONFIG)
    os.symlink("../.git/config", os.path.join(work, "partners", "leak.yaml"))
    # Reports the jobs once wrote into the checkout, linked to a file of the runner's home.
    victim = os.path.join(root, "victim")
    with open(victim, "w") as f:
        f.write(VICTIM)
    for report in ("gcsj.sarif", "gcsj-junit.xml", "gcsj-changes.md"):
        os.symlink(os.path.relpath(victim, work), os.path.join(work, report))
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", "a hostile pull request")
    # A tag of the base branch's short name, on the pull request's own commit.
    git(work, "tag", "origin/main", "HEAD")
    return work


def victim_untouched(root, name):
    if open(os.path.join(root, "victim")).read() != VICTIM:
        failures.append(f"{name}: the victim file outside the checkout was overwritten")


def refuses_hostile_refs_and_links(root, work):
    """What the documentation avoids is refused all the same: the short, ambiguous name of the
    base branch, and a report written through the pull request's link."""
    env = base_env(root)
    done = run('gcsj validate --base origin/main .', work, env)
    if done.returncode != 2 or "refs/tags/origin/main" not in done.stderr or \
            "refs/remotes/origin/main" not in done.stderr:
        failures.append(f"--base origin/main beside a tag origin/main: exit {done.returncode}\n"
                        f"{done.stderr[-400:]}")
    done = run('gcsj validate -f sarif -o gcsj.sarif .', work, env)
    if done.returncode != 2 or "symbolic link" not in done.stderr:
        failures.append(f"-o gcsj.sarif through a committed link: exit {done.returncode}\n"
                        f"{done.stderr[-400:]}")
    victim_untouched(root, "-o gcsj.sarif")
    print(f"hostile refs and links: refused")


def check(name, done, statuses=(1,), pull_request=True):
    """A documented command's outcome: it failed, took `--config=evil.yaml` for a file (a
    registry file without a `kind`), printed no secret and, as a pull request's check, let no
    configuration of the pull request hide the broken partner."""
    output = done.stdout + done.stderr
    if done.returncode not in statuses:
        failures.append(f"{name}: exit {done.returncode}, expected {statuses}\n{output[-600:]}")
    if "gcsj: error:" in done.stderr:
        failures.append(f"{name}: a usage error: {done.stderr[-400:]}")
    if "evil.yaml" not in output or "missing-kind" not in output:
        failures.append(f"{name}: `--config=evil.yaml` was not checked as a file\n{output[-600:]}")
    if pull_request and "ngo-international" not in output:
        failures.append(f"{name}: the broken partner was not reported\n{output[-600:]}")
    if SECRET in output:
        failures.append(f"{name}: printed the secret of .git/config")
    print(f"{name}: exit {done.returncode}")


def run(script, cwd, env):
    return subprocess.run(["bash", "-e", "-o", "pipefail", "-c", script], cwd=cwd, env=env,
                          capture_output=True, text=True)


def code_blocks(markdown, language):
    return re.findall(r"```" + language + r"\n(.*?)```", markdown, re.S)


def base_env(root):
    path = os.path.dirname(binary) + os.pathsep + os.environ["PATH"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "CI_", "GCSJ"))}
    env.update(PATH=path, HOME=root, LC_ALL="C")
    return env


def github_actions(doc, root, work):
    workflow = next(yaml.safe_load(block) for block in code_blocks(doc, "yaml")
                    if "runs-on" in block and "--base" not in block)
    steps = workflow["jobs"]["gcsj"]["steps"]
    github_env = os.path.join(root, "github_env")
    runner_temp = os.path.join(root, "runner_temp")
    os.makedirs(runner_temp, exist_ok=True)
    open(github_env, "w").close()
    ran = 0
    for step in steps:
        script = step.get("run")
        if not script or "apt-get" in script:
            continue  # checkout and upload are actions; the .deb is this build's binary
        env = base_env(root)
        env.update(GITHUB_ACTIONS="true", GITHUB_BASE_REF="main", GITHUB_ENV=github_env,
                   RUNNER_TEMP=runner_temp)
        with open(github_env) as f:
            env.update(line.rstrip("\n").split("=", 1) for line in f if "=" in line)
        done = run(script, work, env)
        ran += 1
        if step.get("name", "").startswith("Validate (annotations)"):
            check("GitHub Actions: " + step["name"], done)
        elif "|| true" not in script and done.returncode != 0:
            failures.append(f"GitHub Actions: {step.get('name')}: exit {done.returncode}: "
                            f"{done.stderr[-400:]}")
    victim_untouched(root, "GitHub Actions")
    sarif = os.path.join(runner_temp, "gcsj.sarif")
    if not os.path.exists(sarif) or "ngo-international" not in open(sarif).read():
        failures.append("GitHub Actions: the SARIF report lacks the broken partner")
    elif SECRET in open(sarif).read():
        failures.append("GitHub Actions: the SARIF report holds the secret")
    return ran


def gitlab(doc, root, work):
    job = next(yaml.safe_load(block) for block in code_blocks(doc, "yaml")
               if "script:" in block and "--base" not in block)
    script = "\n".join(line for line in job["gcsj"]["script"] if "apt-get" not in line)
    env = base_env(root)
    env.update(CI_MERGE_REQUEST_TARGET_BRANCH_NAME="main")
    shutil.rmtree(os.path.join(work, "gcsj-reports"), ignore_errors=True)  # a fresh job
    done = run(script, work, env)
    victim_untouched(root, "GitLab CI")
    junit = os.path.join(work, job["gcsj"]["artifacts"]["reports"]["junit"])
    if os.path.exists(junit):
        done.stdout += open(junit).read()
    check("GitLab CI", done)


def github_pull_request(doc, root, work, fixing):
    """The pull-request workflow of docs/integration.md: its comment and its verdict."""
    workflow = next(yaml.safe_load(block) for block in code_blocks(doc, "yaml")
                    if "runs-on" in block and "--base" in block)
    runner_temp = os.path.join(root, "runner_temp_pr")
    os.makedirs(runner_temp, exist_ok=True)
    name = "GitHub Actions pull request" + (" (a fix)" if fixing else "")
    verdict = None
    for step in workflow["jobs"]["gcsj-pr"]["steps"]:
        script = step.get("run")
        if not script or "apt-get" in script or "gh pr comment" in script:
            continue  # checkout is an action; the .deb is this build's binary; no GitHub here
        env = base_env(root)
        env.update(GITHUB_ACTIONS="true", GITHUB_BASE_REF="main", RUNNER_TEMP=runner_temp)
        done = run(script, work, env)
        if step.get("name", "").startswith("Validate"):
            verdict = done
        elif done.returncode != 0:
            failures.append(f"{name}: {step.get('name')}: exit {done.returncode}: "
                            f"{done.stderr[-400:]}")
    comment = open(os.path.join(runner_temp, "gcsj-comment.md")).read()
    if SECRET in comment:
        failures.append(f"{name}: the comment holds the secret")
    if verdict is None:
        failures.append(f"{name}: no validation step")
    elif fixing:
        if verdict.returncode != 0:
            failures.append(f"{name}: exit {verdict.returncode} on a fix\n{verdict.stdout[-600:]}")
        if "What this change fixes" not in comment or "old-ngo" not in comment:
            failures.append(f"{name}: the comment does not say what it fixed\n{comment[-600:]}")
        print(f"{name}: exit {verdict.returncode}")
    else:
        verdict.stdout += comment
        check(name, verdict)  # the broken partner reported: the evil configuration not applied


def gitlab_pull_request(doc, root, work, fixing):
    job = next(yaml.safe_load(block) for block in code_blocks(doc, "yaml")
               if "script:" in block and "--base" in block)
    script = "\n".join(line for line in job["gcsj-merge-request"]["script"]
                       if "apt-get" not in line)
    env = base_env(root)
    env.update(CI_MERGE_REQUEST_TARGET_BRANCH_NAME="main", CI_PIPELINE_SOURCE="merge_request_event")
    shutil.rmtree(os.path.join(work, "gcsj-reports"), ignore_errors=True)  # a fresh job
    done = run(script, work, env)
    name = "GitLab CI merge request" + (" (a fix)" if fixing else "")
    victim_untouched(root, name)
    artifacts = job["gcsj-merge-request"]["artifacts"]
    for artifact in artifacts["paths"] + [artifacts["reports"]["junit"]]:
        path = os.path.join(work, artifact)
        if not os.path.exists(path):
            failures.append(f"{name}: {artifact} was not written")
        else:
            done.stdout += open(path).read()
    if fixing:
        if done.returncode != 0 or "What this change fixes" not in done.stdout:
            failures.append(f"{name}: exit {done.returncode}, or no word of the fix\n"
                            f"{done.stdout[-600:]}{done.stderr[-300:]}")
        print(f"{name}: exit {done.returncode}")
    else:
        check(name, done)


def list_of_files(doc, root, work):
    block = next(b for b in code_blocks(doc, "sh") if "xargs -0" in b)
    # xargs exits 123 when gcsj exits 1. Run locally, the repository's own configuration applies.
    check("checking a list of files", run(block, work, base_env(root)), statuses=(123,),
          pull_request=False)


def pre_commit(root, work):
    hook = yaml.safe_load(open(os.path.join(source, ".pre-commit-hooks.yaml")))[0]
    argv = hook["entry"].split() + hook.get("args", [])
    if hook.get("pass_filenames", True):
        changed = subprocess.run(["git", "diff", "-z", "--name-only", "main"], cwd=work,
                                 capture_output=True, text=True).stdout.split("\0")
        argv += [name for name in changed if re.search(hook["files"], name)]
    env = base_env(root)
    env["PATH"] = os.path.dirname(binary) + os.pathsep + env["PATH"]
    # pre-commit runs locally: the repository's own configuration applies.
    check("pre-commit hook", subprocess.run(argv, cwd=work, env=env, capture_output=True, text=True),
          pull_request=False)


def main():
    if not shutil.which("git"):
        print("git is not installed: skipped")
        return 77
    doc = open(os.path.join(source, "docs/integration.md"), encoding="utf-8").read()
    root = tempfile.mkdtemp(prefix="gcsj-integration-")
    try:
        work = hostile_pull_request(root)
        refuses_hostile_refs_and_links(root, work)
        steps = github_actions(doc, root, work)
        gitlab(doc, root, work)
        github_pull_request(doc, root, work, fixing=False)
        gitlab_pull_request(doc, root, work, fixing=False)
        fixing = fixing_pull_request(root)
        github_pull_request(doc, root, fixing, fixing=True)
        gitlab_pull_request(doc, root, fixing, fixing=True)
        list_of_files(doc, root, work)
        pre_commit(root, work)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    for failure in failures:
        print("FAIL:", failure)
    print(f"documented commands run ({steps} GitHub Actions steps, GitLab, the pull-request "
          f"workflows on a hostile pull request and a fix, a file list, pre-commit): "
          f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
