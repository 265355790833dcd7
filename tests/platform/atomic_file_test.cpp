#include "pacta/platform/atomic_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <system_error>

namespace pacta::platform {
namespace {

namespace fs = std::filesystem;

class AtomicFile : public testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("pacta-atomic-" + std::to_string(::getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    static std::string read(const fs::path& p) {
        std::ifstream in(p, std::ios::binary);
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    }
    std::size_t entries() const {
        return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()));
    }

    fs::path dir_;
};

TEST_F(AtomicFile, CreatesAndReplaces) {
    const auto target = dir_ / "contrato.pdf";
    write_file_atomically(target, "primera");
    EXPECT_EQ(read(target), "primera");
    write_file_atomically(target, "segunda versión");
    EXPECT_EQ(read(target), "segunda versión");
    EXPECT_EQ(entries(), 1u);  // no temporary left behind
}

// Every file Pacta writes holds personal data: 0600 whatever the umask (docs/seguridad.md).
TEST_F(AtomicFile, WritesFilesForTheirOwnerOnly) {
    const mode_t previous = ::umask(022);
    write_file_atomically(dir_ / "a.pdf", "x");
    ::umask(previous);
    struct stat info {};
    ASSERT_EQ(::stat((dir_ / "a.pdf").c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600U);
}

TEST_F(AtomicFile, FailureLeavesThePreviousFileAndNoTemporary) {
    const auto target = dir_ / "contrato.pdf";
    write_file_atomically(target, "original");
    // A directory in the way makes the rename fail after the temporary was written.
    const auto blocked = dir_ / "bloqueado";
    fs::create_directories(blocked / "ocupado");
    EXPECT_THROW(write_file_atomically(blocked, "x"), std::system_error);
    EXPECT_EQ(read(target), "original");
    EXPECT_EQ(entries(), 2u);
    EXPECT_THROW(write_file_atomically(dir_ / "no-existe" / "f.txt", "x"), std::system_error);
}

TEST_F(AtomicFile, KilledWriterNeverLeavesAPartialFileUnderTheFinalName) {
    const auto target = dir_ / "grande.bin";
    const std::string big(32 * 1024 * 1024, 'x');
    for (int attempt = 0; attempt < 5; ++attempt) {
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            write_file_atomically(target, big);
            ::_exit(0);
        }
        ::usleep(static_cast<useconds_t>(2000 * attempt));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        if (fs::exists(target)) {
            EXPECT_EQ(fs::file_size(target), big.size());
        }
    }
}

}  // namespace
}  // namespace pacta::platform
