class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
class Bank:
    def __init__(self):
        self.accounts = {"alice": Account(10)}
    def pay(self, who, amount):
        return self.accounts[who].withdraw(amount)
bank = Bank()
bank.pay("alice", 5)
bank.pay("alice", 50)
