class Service:
    def handle(self, request):
        if request:
            for item in request:
                if item:
                    self.process(
                        item,
                        strict=True,
                    )

    def process(self, item, strict=False):
        raise ValueError(f'cannot process {item!r}')

Service().handle([1])
