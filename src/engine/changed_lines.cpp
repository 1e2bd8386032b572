#include "engine/changed_lines.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <filesystem>
#include <limits>

extern char** environ;

namespace mtlint {

namespace {

// Parses "N" or "N,M" at the start of `text`; advances it.
bool parse_range(std::string_view& text, int& start, int& count) {
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), start);
  if (ec != std::errc()) return false;
  count = 1;
  if (p < text.data() + text.size() && *p == ',') {
    auto [q, ec2] = std::from_chars(p + 1, text.data() + text.size(), count);
    if (ec2 != std::errc()) return false;
    p = q;
  }
  text.remove_prefix(static_cast<std::size_t>(p - text.data()));
  return true;
}

}  // namespace

bool ChangedLines::touches(const Document& document, Span span) const {
  if (all) return true;
  const LineIndex& lines = document.lines();
  const int first = static_cast<int>(lines.line_of(span.begin)) + 1;
  const int last =
      static_cast<int>(lines.line_of(span.end > span.begin ? span.end - 1 : span.begin)) + 1;
  return std::any_of(ranges.begin(), ranges.end(),
                     [&](const LineRange& r) { return r.first <= last && first <= r.last; });
}

Result<std::vector<LineRange>> parse_changed_lines(std::string_view diff) {
  std::vector<LineRange> ranges;
  std::size_t line_no = 0;
  while (!diff.empty()) {
    ++line_no;
    const auto nl = diff.find('\n');
    std::string_view line = diff.substr(0, nl);
    diff.remove_prefix(nl == std::string_view::npos ? diff.size() : nl + 1);
    if (!line.starts_with("@@ ")) continue;
    std::string_view rest = line.substr(3);
    int old_start = 0, old_count = 0, new_start = 0, new_count = 0;
    bool ok = rest.starts_with("-");
    if (ok) rest.remove_prefix(1);
    ok = ok && parse_range(rest, old_start, old_count) && rest.starts_with(" +");
    if (ok) rest.remove_prefix(2);
    ok = ok && parse_range(rest, new_start, new_count) && rest.starts_with(" @@");
    ok = ok && old_start >= 0 && old_count >= 0 && new_start >= 0 && new_count >= 0 &&
         new_count <= std::numeric_limits<int>::max() - new_start;
    if (!ok) {
      return Error{"unexpected git diff hunk header '" + std::string(line) + "'", "<git diff>",
                   static_cast<int>(line_no)};
    }
    if (new_count > 0) ranges.push_back(LineRange{new_start, new_start + new_count - 1});
  }
  std::sort(ranges.begin(), ranges.end(),
            [](const LineRange& a, const LineRange& b) { return a.first < b.first; });
  return ranges;
}

ProcessResult run_process(const std::vector<std::string>& argv) {
  ProcessResult result;
  int out_pipe[2], err_pipe[2];
  if (pipe2(out_pipe, O_CLOEXEC) != 0) return result;
  if (pipe2(err_pipe, O_CLOEXEC) != 0) {
    close(out_pipe[0]);
    close(out_pipe[1]);
    return result;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out_pipe[1]);
  close(err_pipe[1]);
  if (spawned == 0) {
    // Read both pipes together so that a chatty stderr cannot block the child.
    pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
    std::string* sinks[2] = {&result.out, &result.err};
    int open_fds = 2;
    char buffer[65536];
    while (open_fds > 0) {
      if (poll(fds, 2, -1) < 0) {
        if (errno == EINTR) continue;
        break;
      }
      for (int i = 0; i < 2; ++i) {
        if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        const ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
        if (n > 0) {
          sinks[i]->append(buffer, static_cast<std::size_t>(n));
        } else if (n == 0 || errno != EINTR) {
          fds[i].fd = -1;
          --open_fds;
        }
      }
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  close(out_pipe[0]);
  close(err_pipe[0]);
  return result;
}

Result<ChangedLines> changed_lines_since(const std::string& path, const std::string& rev) {
  if (path == "<stdin>" || path == "-") {
    return Error{"--changed-since needs files in a git work tree, not standard input"};
  }
  const std::filesystem::path file(path);
  const std::string dir = file.has_parent_path() ? file.parent_path().string() : ".";
  const std::string name = file.filename().string();
  auto git_error = [&](const ProcessResult& r, const std::string& what) {
    std::string detail = r.err.substr(0, r.err.find('\n'));
    if (r.status < 0 && detail.empty()) detail = "could not run git";
    return Error{what + (detail.empty() ? "" : " (" + detail + ")"), path};
  };
  const ProcessResult verify = run_process({"git", "-C", dir, "rev-parse", "--verify", "--quiet",
                                            "--end-of-options", rev + "^{commit}"});
  if (verify.status != 0) {
    return git_error(verify, "--changed-since: '" + rev +
                                 "' is not a commit of this file's git repository; give a branch, "
                                 "tag or commit");
  }
  const ProcessResult tracked =
      run_process({"git", "-C", dir, "ls-files", "--error-unmatch", "--", name});
  ChangedLines changed;
  if (tracked.status != 0) {
    changed.all = true;  // a file git does not know yet is new in every line
    return changed;
  }
  const ProcessResult diff =
      run_process({"git", "-C", dir, "diff", "--no-color", "--no-ext-diff", "--no-textconv",
                   "--no-renames", "-U0", "--end-of-options", rev, "--", name});
  if (diff.status != 0) return git_error(diff, "git diff failed");
  auto ranges = parse_changed_lines(diff.out);
  if (!ranges) return Error{ranges.error().message, path};
  changed.ranges = std::move(*ranges);
  return changed;
}

}  // namespace mtlint
