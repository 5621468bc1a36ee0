def main():
    return sys.argv

main()
