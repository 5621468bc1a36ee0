class HTTPError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
    def __str__(self):
        return f'{self.code}: {self.args[1]}'

def fetch():
    raise HTTPError(404, 'Not Found')

fetch()
