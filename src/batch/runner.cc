#include "batch/runner.h"

#include <mutex>

#include "batch/file_bytes.h"
#include "exercise/loader.h"
#include "sandbox/harness_source.h"
#include "sandbox/tier.h"
#include "util/diagnostic.h"
#include "util/parallel.h"
#include "util/sha256.h"

namespace autograde {
namespace {

namespace fs = std::filesystem;

std::string read_bytes(const fs::path& path) {
    std::optional<std::string> bytes = read_file_bytes(path);
    if (!bytes) throw InputError({Diagnostic{.path = path.string(), .line = 0, .column = 0,
                                             .message = "cannot read the file", .source_line = ""}});
    return *bytes;
}

std::string format_all(const InputError& error) {
    std::string text;
    for (const Diagnostic& diagnostic : error.diagnostics()) text += (text.empty() ? "" : "\n") + format_diagnostic(diagnostic);
    return text;
}

std::string resolved_python(const fs::path& python) {
    std::error_code error;
    fs::path resolved = fs::canonical(python, error);
    return error ? python.string() : resolved.string();
}

// Everything of a key that is the same for every job of the batch.
CacheKeyInputs common_key_inputs(const GradeOptions& options) {
    CacheKeyInputs inputs;
    inputs.sandbox = describe_layers(choose_tier(options.mode), options.user);
    inputs.python = resolved_python(options.python);
    inputs.harness_sha256 = sha256_hex(harness_source());
    return inputs;
}

// Grades one job, from the cache when it can; never throws.
BatchOutcome run_job(const BatchJob& job, const BatchExercise& exercise, const BatchSettings& settings,
                     CacheKeyInputs key_inputs) {
    BatchOutcome outcome{job, std::nullopt, false, "", false, ""};
    try {
        Submission submission = read_submission(job.submission);
        submission.display_path = job.display_path;
        key_inputs.exercise_id = exercise.exercise.id;
        key_inputs.exercise_yaml = exercise.yaml_bytes;
        key_inputs.submission_path = submission.display_path;
        key_inputs.submission_bytes = submission.bytes;
        const std::string key = cache_key(key_inputs);
        if (settings.cache) {
            outcome.result = settings.cache->lookup(key, sha256_hex(submission.bytes), exercise.exercise.id);
            outcome.cached = outcome.result.has_value();
        }
        if (!outcome.result) outcome.result = grade(exercise.exercise, submission, settings.grade);
        if (settings.cache && !outcome.cached) {
            try {
                settings.cache->store(key, *outcome.result);
            } catch (const InputError& error) {
                outcome.cache_warning = format_all(error);
            }
        }
    } catch (const InputError& error) {
        outcome.error = format_all(error);
    } catch (const SandboxError& error) {
        outcome.error = std::string("sandbox error: ") + error.what();
        outcome.sandbox_failure = true;
    } catch (const std::exception& error) {
        outcome.error = std::string("internal error: ") + error.what();
        outcome.sandbox_failure = true;
    }
    return outcome;
}

}  // namespace

LoadedExercises load_batch_exercises(const std::vector<BatchJob>& jobs) {
    LoadedExercises loaded;
    std::map<std::string, bool> tried;
    for (const BatchJob& job : jobs) {
        if (tried[job.exercise_id]) continue;
        tried[job.exercise_id] = true;
        try {
            Exercise exercise = load_exercise(job.exercise_dir);
            std::string yaml = read_bytes(exercise.yaml_path);
            loaded.by_id.emplace(job.exercise_id, BatchExercise{std::move(exercise), std::move(yaml)});
        } catch (const InputError& error) {
            loaded.problems.push_back(format_all(error));
        }
    }
    return loaded;
}

std::vector<BatchOutcome> run_batch(const std::vector<BatchJob>& jobs, const LoadedExercises& exercises,
                                    const BatchSettings& settings, const ProgressCallback& progress) {
    std::vector<BatchOutcome> outcomes(jobs.size());
    if (jobs.empty()) return outcomes;
    const CacheKeyInputs common = common_key_inputs(settings.grade);
    std::mutex progress_mutex;
    std::size_t done = 0;
    parallel_for(jobs.size(), settings.threads, [&](std::size_t index) {
        const BatchJob& job = jobs[index];
        auto exercise = exercises.by_id.find(job.exercise_id);
        if (exercise == exercises.by_id.end())
            outcomes[index] = BatchOutcome{job, std::nullopt, false, "exercise " + job.exercise_id + " did not load", false, ""};
        else
            outcomes[index] = run_job(job, exercise->second, settings, common);
        std::lock_guard lock(progress_mutex);
        ++done;
        if (progress) progress(done, jobs.size(), outcomes[index]);
    });
    return outcomes;
}

}  // namespace autograde
