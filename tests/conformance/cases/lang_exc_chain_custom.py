class DatabaseError(Exception):
    pass
class ServiceError(Exception):
    pass
def query():
    raise DatabaseError("connection lost")
def service():
    try:
        query()
    except DatabaseError as e:
        raise ServiceError("cannot load user") from e
try:
    service()
except ServiceError as e:
    print(e, "<-", e.__cause__, e.__suppress_context__)
service()
