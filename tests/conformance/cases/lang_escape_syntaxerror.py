a = "\d"
b = "\e" +
c = "\f\g"
