#pragma once
// RAII transaction: commits only when asked; rolls back in the destructor otherwise,
// and never throws from it.

namespace pacta::db {

class Database;

class Transaction {
public:
    // BEGIN IMMEDIATE: takes the write lock now, so a busy database fails here, not mid-way.
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& db_;
    bool done_ = false;
};

}  // namespace pacta::db
