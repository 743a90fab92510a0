<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agenda item(s)</source>
            <translation>
                <numerusform>%n agenda item</numerusform>
                <numerusform>%n agenda items</numerusform>
            </translation>
        </message>
    </context>
</TS>