#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace mtlint {

/// The number of worker threads for `--jobs N`: N itself, or every core when N is 0.
inline unsigned resolve_jobs(unsigned requested) {
  if (requested > 0) return requested;
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : cores;
}

/// Bounds the bytes of input checked at the same time: a file's analysis takes about fifteen
/// times its size in memory, so two 10 MB files side by side would double the peak. A file
/// larger than the whole budget runs alone; smaller ones share it.
class ByteBudget {
 public:
  explicit ByteBudget(std::size_t limit) : limit_(limit == 0 ? 1 : limit) {}
  /// Waits until `bytes` (capped at the limit) fit, takes them and returns what was taken.
  std::size_t acquire(std::size_t bytes) {
    bytes = std::min(bytes, limit_);
    std::unique_lock guard(lock_);
    freed_.wait(guard, [&] { return used_ + bytes <= limit_; });
    used_ += bytes;
    return bytes;
  }
  /// Takes `bytes` (capped at the limit) if they fit now; returns false otherwise.
  bool try_acquire(std::size_t bytes) {
    bytes = std::min(bytes, limit_);
    std::lock_guard guard(lock_);
    if (used_ + bytes > limit_) return false;
    used_ += bytes;
    return true;
  }
  /// Gives back what acquire() returned.
  void release(std::size_t taken) {
    {
      std::lock_guard guard(lock_);
      used_ -= taken;
    }
    freed_.notify_all();
  }
  std::size_t used() const {
    std::lock_guard guard(lock_);
    return used_;
  }

 private:
  const std::size_t limit_;
  std::size_t used_ = 0;
  mutable std::mutex lock_;
  std::condition_variable freed_;
};

/// Runs `work(i)` for every i in [0, count) on `jobs` threads and calls `emit(i, result)` on the
/// calling thread in order of i, so output does not depend on `jobs`. Workers stay at most
/// `window` items ahead of the next item to emit, which bounds the results held in memory. An
/// exception thrown by `work` is rethrown here when its item is due.
template <class R, class Work, class Emit>
void run_ordered(std::size_t count, unsigned jobs, Work work, Emit emit, std::size_t window = 0) {
  if (jobs <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i) emit(i, work(i));
    return;
  }
  if (window == 0) window = 4 * static_cast<std::size_t>(jobs);
  struct Slot {
    std::optional<R> result;
    std::exception_ptr error;
    bool done = false;
  };
  std::vector<Slot> slots(count);
  std::mutex lock;
  std::condition_variable changed;
  std::size_t next = 0;     // next item a worker takes
  std::size_t emitted = 0;  // items already handed to emit
  bool stop = false;

  auto worker = [&] {
    while (true) {
      std::size_t i;
      {
        std::unique_lock guard(lock);
        changed.wait(guard, [&] { return stop || next >= count || next < emitted + window; });
        if (stop || next >= count) return;
        i = next++;
      }
      Slot slot;
      try {
        slot.result.emplace(work(i));
      } catch (...) {
        slot.error = std::current_exception();
      }
      slot.done = true;
      {
        std::lock_guard guard(lock);
        slots[i] = std::move(slot);
      }
      changed.notify_all();
    }
  };
  std::vector<std::thread> threads;
  const unsigned n = static_cast<unsigned>(std::min<std::size_t>(jobs, count));
  for (unsigned t = 0; t < n; ++t) threads.emplace_back(worker);

  std::exception_ptr failure;
  for (std::size_t i = 0; i < count && !failure; ++i) {
    Slot slot;
    {
      std::unique_lock guard(lock);
      changed.wait(guard, [&] { return slots[i].done; });
      slot = std::move(slots[i]);
      slots[i] = Slot{};
      emitted = i + 1;
    }
    changed.notify_all();
    if (slot.error) {
      failure = slot.error;
      break;
    }
    try {
      emit(i, std::move(*slot.result));
    } catch (...) {
      failure = std::current_exception();
    }
  }
  {
    std::lock_guard guard(lock);
    stop = true;
  }
  changed.notify_all();
  for (auto& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace mtlint
