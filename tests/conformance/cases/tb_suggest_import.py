from sys import exitt
